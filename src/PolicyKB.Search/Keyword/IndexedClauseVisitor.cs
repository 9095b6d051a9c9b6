using Lucene.Net.Index;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Reads the stored fields a result shows straight into an <see cref="IndexedClause"/>. Loading a whole Lucene
/// document built a field object and a field type for every stored value only for the strings to be copied out of
/// them. The first value of each field counts, as <c>Document.Get</c> gives it. Reused from one clause to the next.
/// </summary>
internal sealed class IndexedClauseVisitor : StoredFieldVisitor
{
    private string? _id;
    private string? _documentId;
    private string? _label;
    private string? _heading;
    private string? _path;
    private string? _kind;
    private string? _text;

    /// <summary>Forgets the clause read before.</summary>
    public void Reset() => _id = _documentId = _label = _heading = _path = _kind = _text = null;

    /// <summary>The clause read since <see cref="Reset"/>; null when it had no id (a document marker).</summary>
    public IndexedClause? Clause() => _id is null ? null : new IndexedClause(
        _id, _documentId ?? "", _label ?? "", _heading ?? "", string.IsNullOrEmpty(_path) ? [] : _path.Split(ClauseFields.PathSeparator), _kind ?? "", _text ?? "");

    /// <inheritdoc />
    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        ClauseFields.Id or ClauseFields.DocumentId or ClauseFields.StoredLabel or ClauseFields.StoredHeading or ClauseFields.StoredPath
            or ClauseFields.Kind or ClauseFields.StoredText => Status.YES,
        _ => Status.NO,
    };

    /// <inheritdoc />
    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case ClauseFields.Id: _id ??= value; break;
            case ClauseFields.DocumentId: _documentId ??= value; break;
            case ClauseFields.StoredLabel: _label ??= value; break;
            case ClauseFields.StoredHeading: _heading ??= value; break;
            case ClauseFields.StoredPath: _path ??= value; break;
            case ClauseFields.Kind: _kind ??= value; break;
            case ClauseFields.StoredText: _text ??= value; break;
        }
    }
}
