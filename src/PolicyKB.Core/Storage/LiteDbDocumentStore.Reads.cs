using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Storage;

/// <summary>Reading the store: documents, clauses (through the clause-set cache), citations and facts.</summary>
public sealed partial class LiteDbDocumentStore
{
    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> ListDocuments() => _documents.Query().OrderBy(d => d.Id).ToList();

    /// <inheritdoc />
    public PolicyDocument? GetDocument(string documentId) => _documents.FindById(documentId);

    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> FindByContentHash(string contentHash) =>
        _documents.Query().Where(d => d.ContentHash == contentHash).OrderBy(d => d.Id).ToList();

    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> FindBySource(string fileName) =>
        _documents.Query().Where(d => d.Source == fileName).OrderBy(d => d.Id).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Clause> GetClauses(string documentId) => LoadSet(documentId).Clauses;

    /// <inheritdoc />
    public Clause? GetClause(string clauseId)
    {
        // Clause ids are "{documentId}/{label path}" and document ids never contain "/".
        var slash = clauseId.IndexOf('/');
        return slash <= 0 ? null : LoadSet(clauseId[..slash]).ById.GetValueOrDefault(clauseId);
    }

    /// <inheritdoc />
    public IReadOnlyList<Citation> FindCitations(string? documentId = null, string? key = null) => _citations.Find(documentId, key);

    /// <inheritdoc />
    public IReadOnlyList<RelatedDocument> FindRelated(string documentId)
    {
        var keys = _citations.Find(documentId, null).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return _citations.Find(null, null)
            .Where(c => c.DocumentId != documentId && keys.Contains(c.Key))
            .GroupBy(c => c.DocumentId)
            .Select(g => new RelatedDocument(g.Key, g.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(r => r.SharedKeys.Count).ThenBy(r => r.DocumentId, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public DocumentFacts? GetFacts(string documentId) => _factSets.FindById(documentId) is { } set ? FactBson.FromSet(set) : null;

    /// <inheritdoc />
    public IReadOnlyList<DocumentFacts> ListFacts() =>
        _factSets.FindAll().Select(FactBson.FromSet).OrderBy(f => f.DocumentId, StringComparer.Ordinal).ToList();

    private ClauseSet LoadSet(string documentId) => _cache.GetOrAdd(documentId, id =>
    {
        try
        {
            var set = _clauseSets.FindById(id);
            return new ClauseSet(set is null ? [] : ClauseBson.FromSet(set, id));
        }
        catch (Exception ex) when (StoreIntegrity.IsDamage(ex))
        {
            // Named, so rebuilding an index from a damaged store stops with the file and the remedy, not a LiteDB message.
            Damage ??= new StoreDamagedException(DatabasePath, $"không đọc được các điều khoản của văn bản '{id}' ({ex.Message})", ex);
            throw Damage;
        }
    });
}
