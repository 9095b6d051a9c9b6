using System.Runtime.ExceptionServices;
using PolicyKB.Search.Indexing;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Vectors;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;

namespace PolicyKB.Search;

/// <summary>
/// The three parts of a data folder that a <see cref="KnowledgeBase"/> opens: the document store, the keyword index and
/// the clause vectors. Each reads only its own files and none needs another to open, so they open side by side: at 124k
/// clauses, one after another they took 0.6–1.4 s (store), 0.4–0.9 s (Lucene) and 0.4–0.9 s (vectors), and side by side
/// the open lasts about as long as the slowest. The index and the vectors open on threads of their own, not the thread
/// pool's: the web host opens while Kestrel starts, and on a two-core machine every pool thread held by disk reads
/// delays the first request.
/// </summary>
internal sealed class KnowledgeBaseParts
{
    private KnowledgeBaseParts(IDocumentStore store, LuceneKeywordIndex keyword, FlatVectorStore? vectors)
    {
        Store = store;
        Keyword = keyword;
        Vectors = vectors;
    }

    /// <summary>The document store.</summary>
    public IDocumentStore Store { get; }

    /// <summary>The store when it is the LiteDB file of the folder (null on a shared PostgreSQL).</summary>
    public LiteDbDocumentStore? LiteDb => Store as LiteDbDocumentStore;

    /// <summary>The keyword index.</summary>
    public LuceneKeywordIndex Keyword { get; }

    /// <summary>The clause vectors, or null without an embedding model (or, read-only, when they cannot be read).</summary>
    public FlatVectorStore? Vectors { get; }

    /// <summary>
    /// Opens the parts of <paramref name="dataDirectory"/> side by side. The store is checked and refused when damaged; the
    /// index and vectors, derived from it, are repaired when damaged (unless <paramref name="readOnly"/>). When any part
    /// fails, the others are closed and the first failure is thrown, the store's before the index's before the vectors'.
    /// </summary>
    /// <param name="dataDirectory">The data folder.</param>
    /// <param name="readOnly">True when another process owns the folder: nothing is written or repaired.</param>
    /// <param name="vectorsId">The model (and layout) id of the vectors to open, or null for none.</param>
    /// <param name="provider">Where the store is.</param>
    /// <param name="health">Receives the repairs made and the problems found.</param>
    public static KnowledgeBaseParts Open(string dataDirectory, bool readOnly, string? vectorsId, StoreProviderOptions provider, DataHealth health)
    {
        var indexPath = Path.Combine(dataDirectory, "index");
        var keyword = OnOwnThread(() => readOnly ? LuceneKeywordIndex.OpenReadOnly(indexPath) : IndexRecovery.Open(indexPath, health), "PolicyKB open index");
        var vectors = vectorsId is null
            ? Task.FromResult<FlatVectorStore?>(null)
            : OnOwnThread(() => readOnly ? VectorStoreRecovery.OpenReadOnly(dataDirectory, vectorsId, health) : VectorStoreRecovery.Open(dataDirectory, vectorsId, health),
                "PolicyKB open vectors");
        IDocumentStore? store = null;
        Exception? storeError = null;
        try
        {
            store = OpenStore(dataDirectory, readOnly, provider);
            if (store is PostgresDocumentStore { ContentTwins.Count: > 0 } shared) health.AddNotice(TwinsNotice(shared.ContentTwins));
        }
        catch (Exception ex)
        {
            storeError = ex;
        }
        // Both are awaited even when the store failed: until closed, they hold their files (and Lucene its write lock).
        try
        {
            Task.WaitAll(keyword, vectors);
        }
        catch (AggregateException)
        {
            // Each task's own exception is read below, in order of precedence.
        }
        if (storeError is null && keyword.IsCompletedSuccessfully && vectors.IsCompletedSuccessfully) return new KnowledgeBaseParts(store!, keyword.Result, vectors.Result);
        store?.Dispose();
        if (keyword.IsCompletedSuccessfully) keyword.Result.Dispose();
        if (vectors.IsCompletedSuccessfully) vectors.Result?.Dispose();
        ExceptionDispatchInfo.Throw(storeError ?? keyword.Exception?.InnerException ?? vectors.Exception!.InnerException!);
        throw new InvalidOperationException("unreachable");
    }

    private static IDocumentStore OpenStore(string dataDirectory, bool readOnly, StoreProviderOptions provider)
    {
        // The shared store: the data folder then holds only this node's indexes (its replica, docs/scale-out.md).
        if (provider.IsPostgres) return new PostgresDocumentStore(provider.ConnectionString!);
        var path = Path.Combine(dataDirectory, "policykb.db");
        return readOnly ? new LiteDbDocumentStore(path, readOnly: true) : StoreIntegrity.Open(path);
    }

    /// <summary>Says which documents share their bytes, that they were kept, and what lets the store enforce one per content.</summary>
    internal static string TwinsNotice(IReadOnlyList<IReadOnlyList<string>> twins)
    {
        const int shown = 10;
        var groups = string.Join("; ", twins.Take(shown).Select(g => string.Join(" = ", g)));
        return $"Kho dùng chung có {twins.Count} nhóm văn bản trùng hoàn toàn nội dung, lưu từ trước khi kho chặn được việc này: {groups}" +
            (twins.Count > shown ? $"; và {twins.Count - shown} nhóm khác" : "") +
            ". Các văn bản được giữ nguyên. Hãy xoá bản thừa của mỗi nhóm: lần khởi động sau, kho sẽ bật ràng buộc mỗi nội dung một văn bản " +
            "(khi đó hai máy nhận cùng một tệp dưới hai tên cùng lúc cũng chỉ lưu một văn bản).";
    }

    private static Task<T> OnOwnThread<T>(Func<T> open, string name)
    {
        var opened = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                opened.SetResult(open());
            }
            catch (Exception ex)
            {
                opened.SetException(ex);
            }
        })
        { IsBackground = true, Name = name };
        thread.Start();
        return opened.Task;
    }
}
