using Lucene.Net.Documents;
using Lucene.Net.Util;
using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// One thread's Lucene document for clauses, filled clause after clause: the same <see cref="Field"/> instances and
/// token streams every time (Lucene's documented pattern: "re-use a single Document and Field instance for more than
/// one document"). A new field object costs an attribute source (a dictionary of attributes built through a locked
/// reflection cache) per analysed or untokenised field, and the indexer walks each new source's attributes again; at
/// 20 fields a clause that was most of the index step's time and of its garbage.
/// </summary>
/// <remarks>
/// Safe because the index writer inverts and stores a document completely before it asks for the next one; a document
/// handed out is only valid until <see cref="Fill"/> is called again on the same thread.
/// </remarks>
internal sealed class ClauseDocumentBuilder
{
    /// <summary>
    /// Fields only ever matched as single terms, never in phrases (phrases read the body text's unigrams alone), keep no
    /// positions: BM25 scores a term from its frequency and the field's length norm, which are kept, so scores do not
    /// change. That is the shingle fields (two-syllable words; headings keep only folded shingles, body text both forms,
    /// so an exact two-syllable match "bảo hiểm" still ranks above a folded one), the heading unigrams and the title's
    /// unigrams on the document's marker (<see cref="ClauseDocumentFactory.Marker"/>).
    /// </summary>
    internal static readonly FieldType TermsFieldType = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

    /// <summary>The issuer's words only narrow a filter, which never scores: no frequencies, no length norm.</summary>
    private static readonly FieldType FilterWordsFieldType = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY, OmitNorms = true };

    private static readonly Dictionary<ClauseKind, string> KindValues =
        Enum.GetValues<ClauseKind>().ToDictionary(k => k, k => k.ToString().ToLowerInvariant());

    [ThreadStatic]
    private static ClauseDocumentBuilder? _current;

    private readonly Document _document = new();
    private readonly Field _id = new StringField(ClauseFields.Id, "", Field.Store.YES);
    private readonly Field _documentId = new StringField(ClauseFields.DocumentId, "", Field.Store.YES);
    private readonly BytesRef _idBytes = new();
    private readonly BytesRef _documentIdBytes = new();
    private readonly Field _idValue;
    private readonly Field _documentIdValue;
    private readonly Field _kind = new StringField(ClauseFields.Kind, "", Field.Store.YES);
    private readonly UnigramTokenStream _textUnigrams = new();
    private readonly ShingleTokenStream _textShingles = new();
    private readonly ShingleTokenStream _textFoldedShingles = new();
    private readonly Field _text;
    private readonly Field _textShinglesField;
    private readonly Field _textFoldedShinglesField;
    private readonly Field _storedText = new StoredField(ClauseFields.StoredText, "");
    private readonly Field _storedLabel = new StoredField(ClauseFields.StoredLabel, "");
    private readonly Field _storedHeading = new StoredField(ClauseFields.StoredHeading, "");
    private readonly Field _storedPath = new StoredField(ClauseFields.StoredPath, "");
    private readonly UnigramTokenStream _headingUnigrams = new();
    private readonly ShingleTokenStream _headingFoldedShingles = new();
    private readonly Field _heading;
    private readonly Field _headingFoldedShinglesField;
    private readonly Field _type = new StringField(ClauseFields.Type, "", Field.Store.NO);
    private readonly Field _issuer = new(ClauseFields.Issuer, "", FilterWordsFieldType);
    private readonly Field _province = new StringField(ClauseFields.Province, "", Field.Store.NO);
    private readonly Field _year = new StringField(ClauseFields.Year, "", Field.Store.NO);
    private readonly List<Field> _cites = [];
    private readonly ClauseSyllables _textSyllables = ClauseSyllables.Reusable();
    private readonly ClauseSyllables _headingSyllables = ClauseSyllables.Reusable();

    private ClauseDocumentBuilder()
    {
        _idValue = new BinaryDocValuesField(ClauseFields.Id, _idBytes);
        _documentIdValue = new BinaryDocValuesField(ClauseFields.DocumentId, _documentIdBytes);
        _text = new TextField(ClauseFields.Text, _textUnigrams);
        _textShinglesField = new Field(ClauseFields.TextShingles, _textShingles, TermsFieldType);
        _textFoldedShinglesField = new Field(ClauseFields.TextFoldedShingles, _textFoldedShingles, TermsFieldType);
        _heading = new Field(ClauseFields.Heading, _headingUnigrams, TermsFieldType);
        _headingFoldedShinglesField = new Field(ClauseFields.HeadingFoldedShingles, _headingFoldedShingles, TermsFieldType);
    }

    /// <summary>The calling thread's builder.</summary>
    public static ClauseDocumentBuilder ForThisThread() => _current ??= new ClauseDocumentBuilder();

    /// <summary>
    /// The document of <paramref name="clause"/>: the fields (and their order) a new document per clause would have.
    /// The document's title is not a field of its clauses: it is indexed once, on the document's marker, and queries
    /// reach the clauses through it (<see cref="DocumentTitleQuery"/>). The clause's text and heading are read here
    /// unless <paramref name="textSyllables"/> (and <paramref name="headingSyllables"/>, null for no heading) hold them
    /// already read (<see cref="ClauseAnalysis"/>); <paramref name="facets"/> are the document's filter values, worked
    /// out here unless given (once for all the clauses of a document).
    /// </summary>
    public Document Fill(
        PolicyDocument document, Clause clause, IEnumerable<string> citedKeys,
        ClauseSyllables? textSyllables = null, ClauseSyllables? headingSyllables = null, DocumentFacetKeys? facets = null)
    {
        // Every analysed field of the text comes from one reading of it, not one analysis chain each.
        var syllables = textSyllables;
        if (syllables is null)
        {
            syllables = _textSyllables;
            syllables.ReadAgain(clause.Text);
        }
        var fields = _document.Fields;
        fields.Clear();
        _id.SetStringValue(clause.Id);
        fields.Add(_id);
        _documentId.SetStringValue(document.Id);
        fields.Add(_documentId);
        // Result lists read ids from doc values: a stored-field load decompresses a whole block of clause texts.
        _idBytes.CopyChars(clause.Id);
        fields.Add(_idValue);
        // The document id only where the clause id does not hold it (ClauseDocumentIds).
        if (!ClauseDocumentIds.ClauseIdNames(clause.Id, document.Id))
        {
            _documentIdBytes.CopyChars(document.Id);
            fields.Add(_documentIdValue);
        }
        _kind.SetStringValue(KindValue(clause.Kind));
        fields.Add(_kind);
        _textUnigrams.Use(syllables);
        fields.Add(_text);
        _textShingles.Use(syllables, folded: false);
        fields.Add(_textShinglesField);
        _textFoldedShingles.Use(syllables, folded: true);
        fields.Add(_textFoldedShinglesField);
        Add(fields, _storedText, clause.Text);
        Add(fields, _storedLabel, clause.Label);
        Add(fields, _storedHeading, clause.Heading);
        Add(fields, _storedPath, string.Join(ClauseFields.PathSeparator, clause.Path));
        if (clause.Heading.Length > 0)
        {
            var heading = textSyllables is null ? null : headingSyllables;
            if (heading is null)
            {
                heading = _headingSyllables;
                heading.ReadAgain(clause.Heading);
            }
            _headingUnigrams.Use(heading);
            fields.Add(_heading);
            _headingFoldedShingles.Use(heading, folded: true);
            fields.Add(_headingFoldedShinglesField);
        }
        facets ??= DocumentFacetKeys.Of(document.Metadata);
        if (facets.Type is { } type) Add(fields, _type, type);
        if (facets.Issuer is { } issuer) Add(fields, _issuer, issuer);
        if (facets.Province is { } province) Add(fields, _province, province);
        if (facets.Year is { } year) Add(fields, _year, year);
        var cites = 0;
        foreach (var key in citedKeys.Distinct(StringComparer.Ordinal))
        {
            if (cites == _cites.Count) _cites.Add(new StringField(ClauseFields.Cites, "", Field.Store.NO));
            Add(fields, _cites[cites++], key);
        }
        return _document;
    }

    private static void Add(IList<Lucene.Net.Index.IIndexableField> fields, Field field, string value)
    {
        field.SetStringValue(value);
        fields.Add(field);
    }

    /// <summary>The kind's indexed value: its name lowercased, made once per kind rather than once per clause.</summary>
    private static string KindValue(ClauseKind kind) => KindValues.TryGetValue(kind, out var value) ? value : kind.ToString().ToLowerInvariant();
}
