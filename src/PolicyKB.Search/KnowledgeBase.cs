using Microsoft.Extensions.AI;
using PolicyKB.Corrections;
using PolicyKB.Ingestion;
using PolicyKB.Search.Indexing;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Precedents;
using PolicyKB.Search.Vectors;
using PolicyKB.Storage;
using PolicyKB.Storage.Backup;
using PolicyKB.Storage.Postgres;

namespace PolicyKB.Search;

/// <summary>
/// Everything PolicyKB keeps in one data directory, opened together: the document store (the LiteDB file in the folder,
/// or a shared PostgreSQL with <see cref="StoreProviderOptions.Postgres"/>), the Lucene keyword index, the clause vectors,
/// and the ingestion pipeline and search service over them. The CLI and the web host both work through it, so a
/// document is always stored, indexed and embedded the same way.
/// </summary>
public sealed partial class KnowledgeBase : IDisposable
{
    private readonly DataDirectoryLock? _ownership;
    private readonly IDocumentStore _store;
    private readonly LiteDbDocumentStore? _liteDb;
    private readonly LuceneKeywordIndex _keyword;
    private readonly FlatVectorStore? _vectorStore;
    private readonly ClauseEmbedder? _embedder;
    private readonly Lazy<IngestionPipeline> _pipeline;
    private readonly SegmentMergeScheduler? _merges;

    private KnowledgeBase(
        DataDirectoryLock? ownership, string dataDirectory, IngestionOptions ingestion, SynonymTable synonyms, SynonymTable relatedTerms,
        EmbeddingProvider? embeddings, TimeProvider clock, StoreProviderOptions provider)
    {
        _ownership = ownership;
        var readOnly = ownership is null;
        var vectorsId = embeddings is null ? null : embeddings.ModelId + ClauseEmbedder.LayoutSuffix;
        var parts = KnowledgeBaseParts.Open(dataDirectory, readOnly, vectorsId, provider, Health);
        _store = parts.Store;
        _liteDb = parts.LiteDb;
        _keyword = parts.Keyword;
        if (!readOnly) _merges = new SegmentMergeScheduler(() => _keyword.MergeSmallSegments(SmallSegmentBytes));
        ISemanticIndex? semantic = null;
        var afterSave = new List<IIngestionStep> { new IndexKeywordsStep(_keyword) };
        if (embeddings is not null && parts.Vectors is { } vectorStore)
        {
            _vectorStore = vectorStore;
            _embedder = new ClauseEmbedder(embeddings.Generator, _vectorStore);
            semantic = new EmbeddingSemanticIndex(embeddings.Generator, _vectorStore.Index, embeddings.ModelId);
            afterSave.Add(new EmbedClausesStep(_embedder));
        }
        Search = new SearchService(_store, _keyword, semantic, synonyms, relatedTerms);
        afterSave.Add(new RememberLeadingStep(Search.ReadModel));
        // Built on first use: its recognizers cost about 0.15 s to set up, and a search never needs them.
        _pipeline = new Lazy<IngestionPipeline>(() => IngestionPipelineFactory.CreateDefault(_store, ingestion, clock, afterSave, [new AnalyzeKeywordsStep()]));
        Similar = new PrecedentFinder(_store, _keyword, semantic, synonyms);
        Semantic = semantic;
    }

    /// <summary>
    /// Opens the knowledge base in <paramref name="dataDirectory"/>, bringing indexes up to date with the store.
    /// <paramref name="synonyms"/> (abbreviations) serve keyword and embedding search, <paramref name="relatedTerms"/>
    /// (the related-wording thesaurus) embedding search only. The process becomes the folder's only owner
    /// (<see cref="DataDirectoryLock"/>) until the knowledge base is disposed; <see cref="DataDirectoryInUseException"/>
    /// names the owner when another process holds it. <paramref name="role"/> ("web" or "cli") is recorded for that message.
    /// </summary>
    public static KnowledgeBase Open(
        string dataDirectory, IngestionOptions? ingestion = null, SynonymTable? synonyms = null, EmbeddingProvider? embeddings = null, TimeProvider? clock = null,
        SynonymTable? relatedTerms = null, string role = "cli", StoreProviderOptions? store = null)
    {
        var ownership = DataDirectoryLock.Acquire(dataDirectory, role);
        KnowledgeBase kb;
        try
        {
            kb = new KnowledgeBase(ownership, dataDirectory, ingestion ?? new IngestionOptions(), synonyms ?? SynonymTable.Empty,
                relatedTerms ?? SynonymTable.Empty, embeddings, clock ?? TimeProvider.System, store ?? new StoreProviderOptions());
        }
        catch
        {
            ownership.Dispose();
            throw;
        }
        try
        {
            // The head is read before the rebuild: changes committed while it runs are applied again by the follower.
            var head = kb._store is PostgresDocumentStore shared ? shared.HeadSequence() : 0;
            kb.ReadAgainFromOriginals();
            kb.Synchronize();
            if (kb.IsShared)
            {
                kb.StartReplica(dataDirectory, head);
                // A node on the shared store holds its search read model before it serves (docs/scale-out.md).
                kb.LoadReadModel();
            }
            return kb;
        }
        catch (Exception) when (kb._liteDb?.Damage is { } damage)
        {
            // Rebuilding an index reads every clause record: damage met there is the cause, whatever was thrown after it.
            kb.Dispose();
            throw damage;
        }
        catch
        {
            kb.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the knowledge base in <paramref name="dataDirectory"/> for reading only, as of the owner's last commit, while
    /// another process owns the folder (readers share; one process writes). Nothing in the folder is written or locked;
    /// indexes are not repaired; ingesting, removing and backing up throw <see cref="InvalidOperationException"/>.
    /// </summary>
    public static KnowledgeBase OpenReadOnly(
        string dataDirectory, SynonymTable? synonyms = null, EmbeddingProvider? embeddings = null, SynonymTable? relatedTerms = null)
    {
        if (!File.Exists(Path.Combine(dataDirectory, "policykb.db"))) throw new IOException($"không có kho dữ liệu tại {dataDirectory}");
        return new KnowledgeBase(null, dataDirectory, new IngestionOptions(), synonyms ?? SynonymTable.Empty, relatedTerms ?? SynonymTable.Empty,
            embeddings, TimeProvider.System, new StoreProviderOptions());
    }

    /// <summary>How many times the vector file has been written since open (0 without an embedding model).</summary>
    internal int VectorFileWrites => _vectorStore?.FileWrites ?? 0;

    /// <summary>The document store.</summary>
    public IDocumentStore Store => _store;

    /// <summary>True when the store is a PostgreSQL shared with other nodes (this folder then holds a replica of the indexes).</summary>
    public bool IsShared => _store is PostgresDocumentStore;

    /// <summary>True when opened by <see cref="OpenReadOnly"/>: another process owns the folder.</summary>
    public bool IsReadOnly => _ownership is null;

    /// <summary>This process's ownership of the data folder (the web host records its address in it).</summary>
    public DataDirectoryLock Ownership => _ownership ?? throw ReadOnlyError();

    /// <summary>The keyword index.</summary>
    public IKeywordIndex Keyword => _keyword;

    /// <summary>The embedding index, when an embedding model is configured.</summary>
    public ISemanticIndex? Semantic { get; }

    /// <summary>The ingestion pipeline (store, index, embed).</summary>
    public IngestionPipeline Pipeline => _pipeline.Value;

    /// <summary>The search service.</summary>
    public SearchService Search { get; }

    /// <summary>The precedent finder (similar clauses in other documents).</summary>
    public PrecedentFinder Similar { get; }

    /// <summary>Damage found in the data folder and what was done about it.</summary>
    public DataHealth Health { get; } = new();

    /// <summary>
    /// Reads every record of the store once: LiteDB pages carry no checksums, so bytes damaged inside a record are
    /// only met by reading it. Too slow for every open of a large store (about 0.7 s per 55 MB), so the web host runs
    /// it in the background after start. Damage found is also added to <see cref="Health"/>.
    /// </summary>
    public StoreScanResult VerifyStore(CancellationToken cancellationToken = default)
    {
        // PostgreSQL checks its own pages (and checksums when the cluster enables them): nothing to read through here.
        if (_liteDb is null) return new StoreScanResult(0, 0, 0, TimeSpan.Zero, null);
        var result = _liteDb.Verify(cancellationToken);
        if (result.Damage is { } damage) Health.AddProblem(damage.Message);
        return result;
    }

    /// <summary>
    /// Writes a consistent backup of the document store into the new or empty folder <paramref name="directory"/> while
    /// the knowledge base stays open (see <see cref="StoreBackup"/>).
    /// </summary>
    public BackupManifest Backup(string directory) => StoreBackup.Create(
        _liteDb ?? throw new InvalidOperationException(
            "kho dùng chung PostgreSQL được sao lưu bằng công cụ của PostgreSQL (pg_dump hoặc pg_basebackup), không bằng lệnh sao lưu của PolicyKB"),
        directory, Ownership.Directory);

    /// <summary>
    /// Groups store and vector writes into few commits until disposed: bulk ingestion through <see cref="Pipeline"/>
    /// directly (the vector file is rewritten whole on every change outside a batch).
    /// </summary>
    public IDisposable BeginBatch()
    {
        var store = _store.BeginBatch();
        var vectors = _vectorStore?.BeginBatch();
        return new CompositeDisposable(store, vectors);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // A merge in progress ends (and commits) before the index it merges is closed.
        _merges?.Dispose();
        _keyword.Dispose();
        _vectorStore?.Dispose();
        _store.Dispose();
        _ownership?.Dispose();
    }

    private static InvalidOperationException ReadOnlyError() =>
        new("kho đang mở chỉ để đọc: thư mục dữ liệu thuộc tiến trình khác, hãy ghi qua tiến trình đó");

    private void RequireWritable()
    {
        if (IsReadOnly) throw ReadOnlyError();
    }
}
