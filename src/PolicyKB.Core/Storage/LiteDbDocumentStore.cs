using LiteDB;
using PolicyKB.Corrections;
using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Storage;

/// <summary>
/// The document store in one LiteDB file: one record per document for its metadata, one for its clause tree and one
/// for its citations, so storing or replacing a document is three record writes inside one transaction (a failure
/// halfway leaves the store as it was). Citations of all documents are also held in memory, indexed by key, because
/// "who cites this document?" is asked across the whole collection. The schema version is recorded on open.
/// </summary>
public sealed partial class LiteDbDocumentStore : IDocumentStore
{
    /// <summary>Version of the stored layout; a file written by another version is emptied and ingested again.</summary>
    public const int SchemaVersion = PolicyDocument.CurrentSchemaVersion;

    private readonly LiteDatabase _db;
    private readonly ILiteCollection<PolicyDocument> _documents;
    private readonly ILiteCollection<BsonDocument> _clauseSets;
    private readonly ILiteCollection<BsonDocument> _citationSets;
    private readonly ILiteCollection<BsonDocument> _factSets;
    private readonly ClauseSetCache _cache = new(capacity: 256);
    private readonly CitationIndex _citations = new();
    private readonly LiteDbWriter _writer;
    // A document's records and its in-memory mirrors (clause cache, citation index) change under one lock: two writers of
    // the same document could otherwise commit in one order and update the mirrors in the other, leaving the citations of
    // one version beside the clauses of the other.
    private readonly System.Threading.Lock _mirrorLock = new();
    private readonly LiteDbOriginals _originals;
    private readonly LiteDbCorrections _corrections;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Clause>, PackedWrite> _prepared = new();

    /// <summary>Opens (or creates) the store at <paramref name="databasePath"/>.</summary>
    /// <exception cref="StoreDamagedException">The file is empty, cut short, overwritten or unreadable.</exception>
    public LiteDbDocumentStore(string databasePath) : this(databasePath, readOnly: false)
    {
    }

    /// <summary>
    /// Opens the store at <paramref name="databasePath"/>; <paramref name="readOnly"/> opens an existing store for reading
    /// only, writing nothing (no schema record, no index): what a command does to read a folder another process owns.
    /// </summary>
    /// <exception cref="StoreDamagedException">The file is empty, cut short, overwritten or unreadable.</exception>
    public LiteDbDocumentStore(string databasePath, bool readOnly)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        DatabasePath = Path.GetFullPath(databasePath);
        // Refused before LiteDB sees it: LiteDB would start an empty file afresh, silently, and half-read a damaged one.
        if (LiteDbFileCheck.FindDamage(DatabasePath) is { } damage) throw new StoreDamagedException(DatabasePath, damage);
        try
        {
            _db = readOnly ? LiteDbReadOnly.Open(DatabasePath, CreateMapper())
                : new LiteDatabase(new ConnectionString { Filename = databasePath, Connection = ConnectionType.Direct }, CreateMapper());
            if (readOnly) RequireSchema();
            else CheckSchema();
            _documents = _db.GetCollection<PolicyDocument>("documents");
            _clauseSets = _db.GetCollection("clause_sets");
            _citationSets = _db.GetCollection("citation_sets");
            _factSets = _db.GetCollection("fact_sets");
            if (!readOnly)
            {
                // Identity look-ups on every ingested file: same bytes, same file name.
                _documents.EnsureIndex(d => d.ContentHash);
                _documents.EnsureIndex(d => d.Source);
            }
            _originals = new LiteDbOriginals(_db);
            _corrections = new LiteDbCorrections(_db, readOnly);
            _writer = new LiteDbWriter(_db);
            foreach (var set in _citationSets.FindAll()) _citations.Replace(set["_id"].AsString, CitationBson.FromSet(set));
        }
        catch (Exception ex) when (StoreIntegrity.IsDamage(ex))
        {
            _db?.Dispose();
            throw StoreIntegrity.Damaged(DatabasePath, ex);
        }
    }

    /// <summary>Opens the store described by options.</summary>
    public LiteDbDocumentStore(StoreOptions options) : this(options.DatabasePath) { }

    /// <summary>The LiteDB file.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// The first damage met while reading clause records, or null. Kept because LiteDB closes its engine on a
    /// damaged page, and the errors that follow (a batch failing to commit, say) would otherwise hide the cause.
    /// </summary>
    public StoreDamagedException? Damage { get; private set; }

    /// <summary>True when the file held another schema version and was emptied on open.</summary>
    public bool SchemaReset { get; private set; }

    /// <inheritdoc />
    public string? GetContentHash(string documentId) => _documents.FindById(documentId)?.ContentHash;

    /// <inheritdoc />
    public void Replace(
        PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, DocumentFacts? facts = null,
        OriginalFile? original = null)
    {
        var packed = _prepared.TryGetValue(clauses, out var ahead) && ahead.Matches(document.Id, citations, facts, original)
            ? ahead : PackedWrite.Create(document.Id, clauses, citations, facts, original);
        _prepared.Remove(clauses);
        lock (_mirrorLock)
        {
            _writer.Write(() =>
            {
                if (original is not null) _originals.Put(original, packed.PackedOriginal!);
                _documents.Upsert(document);
                _clauseSets.Upsert(packed.ClauseSet);
                _citationSets.Upsert(packed.CitationSet);
                if (packed.FactSet is null) _factSets.Delete(document.Id);
                else _factSets.Upsert(packed.FactSet);
            });
            _cache.Remove(document.Id);
            _citations.Replace(document.Id, citations);
        }
    }

    /// <inheritdoc />
    public void PrepareReplace(
        string documentId, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, DocumentFacts? facts, OriginalFile? original)
    {
        try
        {
            _prepared.AddOrUpdate(clauses, PackedWrite.Create(documentId, clauses, citations, facts, original));
        }
        catch (InvalidOperationException)
        {
            // A record too large to store: the write packs it again and refuses the document there, as the save step.
        }
    }

    /// <inheritdoc />
    public OriginalFile? GetOriginal(string documentId) => _originals.Get(documentId);

    /// <inheritdoc />
    public IReadOnlyList<string> FindUnreadOriginals() => _originals.Ids().Where(id => _documents.FindById(id) is null).ToList();

    /// <inheritdoc />
    public void Correct(PolicyDocument document, IReadOnlyList<MetadataCorrection> corrections, DocumentFacts? facts = null)
    {
        _writer.Write(() =>
        {
            _documents.Update(document);
            _corrections.Add(corrections);
            if (facts is not null) _factSets.Upsert(FactBson.ToSet(document.Id, facts));
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<MetadataCorrection> GetCorrections(string documentId, string contentHash) => _corrections.Find(documentId, contentHash);

    /// <inheritdoc />
    public IReadOnlyList<MetadataCorrection> GetCorrectionsForContent(string contentHash) => _corrections.FindByContent(contentHash);

    /// <inheritdoc />
    public IDisposable BeginBatch() => _writer.BeginBatch();

    /// <inheritdoc />
    public bool Remove(string documentId)
    {
        var removed = false;
        lock (_mirrorLock)
        {
            _writer.Write(() =>
            {
                removed = _documents.Delete(documentId);
                _originals.Delete(documentId);
                _clauseSets.Delete(documentId);
                _citationSets.Delete(documentId);
                _factSets.Delete(documentId);
            });
            _cache.Remove(documentId);
            _citations.Remove(documentId);
        }
        // Citations that pointed at the removed document no longer have a target in the knowledge base.
        var unlinked = _citations.Link(c => c.TargetDocumentId == documentId ? null : c.TargetDocumentId);
        if (unlinked.Count > 0) _writer.Write(() => PersistCitations(unlinked));
        return removed;
    }

    /// <inheritdoc />
    public int LinkCitationTargets()
    {
        var byNumber = _documents.FindAll()
            .Where(d => !string.IsNullOrEmpty(d.Metadata.Number))
            .GroupBy(d => d.Metadata.Number!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var changedDocuments = _citations.Link(c => c.Number is not null && byNumber.TryGetValue(c.Key, out var id) && id != c.DocumentId ? id : null);
        if (changedDocuments.Count == 0) return 0;
        _writer.Write(() => PersistCitations(changedDocuments));
        return changedDocuments.Count;
    }

    /// <summary>
    /// Writes a consistent copy of the store to <paramref name="targetPath"/> while it stays open: waits for writes
    /// under way, folds LiteDB's log into the data file (checkpoint), then copies the file.
    /// </summary>
    public void CopyTo(string targetPath) => _writer.RunExclusive(() =>
    {
        _db.Checkpoint();
        File.Copy(DatabasePath, targetPath, overwrite: false);
    }, TimeSpan.FromMinutes(5));

    /// <summary>Reads every record once to find damage inside records (<see cref="StoreIntegrity.Scan"/>).</summary>
    public StoreScanResult Verify(CancellationToken cancellationToken = default) => StoreIntegrity.Scan(_db, DatabasePath, cancellationToken);

    /// <summary>
    /// Folds LiteDB's log into the data file when no batch is open. The owner does this after every change, because a
    /// reader in another process (<see cref="LiteDbDocumentStore(string, bool)"/> read-only) reads the data file and
    /// does not see transactions still only in the owner's log.
    /// </summary>
    public void Checkpoint() => _writer.RunIfIdle(() => _db.Checkpoint());

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    private void PersistCitations(IEnumerable<string> documentIds)
    {
        foreach (var documentId in documentIds) _citationSets.Upsert(CitationBson.ToSet(documentId, _citations.Find(documentId, null)));
    }
}
