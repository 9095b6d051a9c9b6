using LiteDB;
using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>
/// The document store in one LiteDB file. Each document is replaced inside one transaction, so a failure
/// halfway leaves the store as it was; the schema version is recorded and checked on open.
/// </summary>
public sealed class LiteDbDocumentStore : IDocumentStore
{
    /// <summary>Version of the stored layout; a file written by another version is refused with a clear message.</summary>
    public const int SchemaVersion = PolicyDocument.CurrentSchemaVersion;

    private readonly LiteDatabase _db;
    private readonly ILiteCollection<PolicyDocument> _documents;
    private readonly ILiteCollection<Clause> _clauses;
    private readonly ILiteCollection<StoredCitation> _citations;
    private readonly Lock _writeLock = new();

    /// <summary>Opens (or creates) the store at <paramref name="databasePath"/>.</summary>
    public LiteDbDocumentStore(string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _db = new LiteDatabase(new ConnectionString { Filename = databasePath, Connection = ConnectionType.Direct }, CreateMapper());
        _documents = _db.GetCollection<PolicyDocument>("documents");
        _clauses = _db.GetCollection<Clause>("clauses");
        _citations = _db.GetCollection<StoredCitation>("citations");
        _clauses.EnsureIndex(c => c.DocumentId);
        _citations.EnsureIndex(c => c.DocumentId);
        _citations.EnsureIndex(c => c.Key);
        CheckSchema();
    }

    /// <summary>Opens the store described by options.</summary>
    public LiteDbDocumentStore(StoreOptions options) : this(options.DatabasePath) { }

    /// <inheritdoc />
    public string? GetContentHash(string documentId) => _documents.FindById(documentId)?.ContentHash;

    /// <inheritdoc />
    public void Replace(PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations)
    {
        lock (_writeLock)
        {
            _db.BeginTrans();
            try
            {
                DeleteChildren(document.Id);
                _documents.Upsert(document);
                _clauses.InsertBulk(clauses);
                _citations.InsertBulk(citations.Select((c, i) => StoredCitation.From(c, i)));
                _db.Commit();
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    /// <inheritdoc />
    public bool Remove(string documentId)
    {
        lock (_writeLock)
        {
            _db.BeginTrans();
            try
            {
                var removed = _documents.Delete(documentId);
                DeleteChildren(documentId);
                _citations.UpdateMany(c => new StoredCitation { TargetDocumentId = null }, c => c.TargetDocumentId == documentId);
                _db.Commit();
                return removed;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> ListDocuments() => _documents.Query().OrderBy(d => d.Id).ToList();

    /// <inheritdoc />
    public PolicyDocument? GetDocument(string documentId) => _documents.FindById(documentId);

    /// <inheritdoc />
    public IReadOnlyList<Clause> GetClauses(string documentId) =>
        _clauses.Query().Where(c => c.DocumentId == documentId).OrderBy(c => c.Order).ToList();

    /// <inheritdoc />
    public Clause? GetClause(string clauseId) => _clauses.FindById(clauseId);

    /// <inheritdoc />
    public IReadOnlyList<Citation> FindCitations(string? documentId = null, string? key = null)
    {
        var query = _citations.Query();
        if (documentId is not null) query = query.Where(c => c.DocumentId == documentId);
        if (key is not null) query = query.Where(c => c.Key == key);
        return query.ToList().OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Ordinal).Select(c => c.ToCitation()).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<RelatedDocument> FindRelated(string documentId)
    {
        var keys = FindCitations(documentId).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0) return [];
        return _citations.FindAll()
            .Where(c => c.DocumentId != documentId && keys.Contains(c.Key))
            .GroupBy(c => c.DocumentId)
            .Select(g => new RelatedDocument(g.Key, g.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(r => r.SharedKeys.Count).ThenBy(r => r.DocumentId, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public int LinkCitationTargets()
    {
        lock (_writeLock)
        {
            var byNumber = _documents.FindAll()
                .Where(d => !string.IsNullOrEmpty(d.Metadata.Number))
                .GroupBy(d => d.Metadata.Number!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            var changed = 0;
            _db.BeginTrans();
            foreach (var citation in _citations.FindAll().ToList())
            {
                var target = citation.Number is not null && byNumber.TryGetValue(citation.Key, out var id) && id != citation.DocumentId ? id : null;
                if (target == citation.TargetDocumentId) continue;
                citation.TargetDocumentId = target;
                _citations.Update(citation);
                changed++;
            }
            _db.Commit();
            return changed;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    private void DeleteChildren(string documentId)
    {
        _clauses.DeleteMany(c => c.DocumentId == documentId);
        _citations.DeleteMany(c => c.DocumentId == documentId);
    }

    private void CheckSchema()
    {
        var meta = _db.GetCollection("meta");
        var record = meta.FindById("schema");
        if (record is null)
        {
            meta.Insert(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
            return;
        }
        var version = record["version"].AsInt32;
        if (version != SchemaVersion)
        {
            throw new InvalidOperationException(
                $"Kho dữ liệu {_db} dùng lược đồ phiên bản {version}, phiên bản này cần {SchemaVersion}: hãy xoá thư mục dữ liệu và nạp lại văn bản.");
        }
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        // Partial dates are stored in their ISO form ("2021-01"); LiteDB looks up nullable and plain forms separately.
        mapper.RegisterType<PartialDate>(date => new BsonValue(date.ToString()), bson => PartialDate.ParseIso(bson.AsString) ?? default);
        mapper.RegisterType<PartialDate?>(
            date => date is { } d ? new BsonValue(d.ToString()) : BsonValue.Null,
            bson => bson.IsString ? PartialDate.ParseIso(bson.AsString) : null);
        mapper.Entity<PolicyDocument>().Id(d => d.Id);
        mapper.Entity<Clause>().Id(c => c.Id).Ignore(c => c.Depth);
        return mapper;
    }
}
