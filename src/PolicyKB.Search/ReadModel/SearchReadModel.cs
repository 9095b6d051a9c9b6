using System.Collections.Concurrent;
using PolicyKB.Documents;
using PolicyKB.Search.References;
using PolicyKB.Storage;

namespace PolicyKB.Search.ReadModel;

/// <summary>
/// The node-local copy of what search needs from the store besides the indexes: every document's metadata (filters,
/// the document-number parser, hit hydration), the citations (citation keys, highlights of citing clauses) and each
/// document's leading clauses (title, first clause). Loaded whole from the store and swapped as one snapshot, so a
/// search never waits on the store and keeps answering from the last snapshot while a shared PostgreSQL is down
/// (docs/scale-out.md). On LiteDB a write calls <see cref="Invalidate"/> and the next search reloads. On the shared
/// store a search never loads anything: the snapshot is loaded at open and then changed per document by the node's
/// own writes and the follower (<see cref="Apply"/>), off the search path.
/// </summary>
public sealed class SearchReadModel
{
    private readonly IDocumentStore _store;
    private readonly bool _shared;
    private readonly object _loading = new();
    private readonly ConcurrentDictionary<string, (string Hash, string[] Ids)> _leading = new(StringComparer.Ordinal);
    private volatile ReadModelSnapshot _snapshot = ReadModelSnapshot.Empty;
    private long _invalidated = 1;
    private long _loaded;

    /// <summary>Creates an empty read model over <paramref name="store"/>; it loads on first use (LiteDB) or on <see cref="Refresh"/>.</summary>
    public SearchReadModel(IDocumentStore store)
    {
        _store = store;
        _shared = store is Storage.Postgres.PostgresDocumentStore;
    }

    /// <summary>When the snapshot in use was loaded from the store (null before the first load).</summary>
    public DateTimeOffset? LoadedAt => _snapshot.LoadedAt;

    /// <summary>
    /// The snapshot to search with. On LiteDB, when a local write made it stale it is reloaded first (as the search caches
    /// always were); when the store cannot be reached the previous snapshot is used. On the shared store it is returned
    /// as it is: reading PostgreSQL here would put the database on every search's path.
    /// </summary>
    public ReadModelSnapshot Current
    {
        get
        {
            if (!_shared && Interlocked.Read(ref _loaded) != Interlocked.Read(ref _invalidated))
            {
                lock (_loading)
                {
                    if (_loaded != Interlocked.Read(ref _invalidated)) Refresh();
                }
            }
            return _snapshot;
        }
    }

    /// <summary>Marks the snapshot stale: the next search reloads it.</summary>
    public void Invalidate() => Interlocked.Increment(ref _invalidated);

    /// <summary>Reloads the snapshot from the store now; false (keeping the previous one) when the store cannot be reached.</summary>
    public bool Refresh()
    {
        lock (_loading)
        {
            // A write that invalidates while this load runs is not covered by it: the next search loads again.
            var generation = Interlocked.Read(ref _invalidated);
            try
            {
                var documents = _store.ListDocuments();
                var citations = _store.FindCitations();
                _snapshot = new ReadModelSnapshot(documents, citations, DateTimeOffset.UtcNow);
                Interlocked.Exchange(ref _loaded, generation);
                var stored = documents.ToDictionary(d => d.Id, d => d.ContentHash, StringComparer.Ordinal);
                foreach (var (id, leading) in _leading)
                {
                    if (stored.GetValueOrDefault(id) != leading.Hash) _leading.TryRemove(id, out _);
                }
                return true;
            }
            catch (StoreUnavailableException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Replaces the documents named by <paramref name="changes"/> with their state in the change (stored again or gone)
    /// and keeps every other document and citation: the cost of a change is that of the changed documents, not a reload
    /// of the whole store. Leading clauses recorded for an older version of a changed document are forgotten.
    /// </summary>
    public void Apply(IReadOnlyCollection<ReadModelChange> changes)
    {
        if (changes.Count == 0) return;
        lock (_loading)
        {
            _snapshot = _snapshot.With(changes, DateTimeOffset.UtcNow);
        }
        foreach (var change in changes)
        {
            if (_leading.TryGetValue(change.DocumentId, out var leading) && leading.Hash != change.Document?.ContentHash) _leading.TryRemove(change.DocumentId, out _);
        }
    }

    /// <summary>
    /// Records the leading clause ids of many documents at once (document id → content hash and ids), read in one query
    /// when a node opens, so that no search has to read a document's clauses from the store to find them.
    /// </summary>
    public void RememberLeading(IReadOnlyDictionary<string, (string Hash, string[] Ids)> leading)
    {
        foreach (var (id, known) in leading) _leading[id] = known;
    }

    /// <summary>Records a document's leading clauses from clauses already at hand (ingestion, the follower, a rebuild).</summary>
    public void RememberLeading(PolicyDocument document, IReadOnlyList<Clause> clauses) =>
        _leading[document.Id] = (document.ContentHash, NamedDocumentClauses.LeadingOf(clauses).ToArray());

    /// <summary>
    /// A document's leading clause ids (title, first clause with text). Read from the store once per version when not
    /// recorded yet; none while the store cannot be reached.
    /// </summary>
    public IEnumerable<string> Leading(PolicyDocument document)
    {
        if (_leading.TryGetValue(document.Id, out var known) && known.Hash == document.ContentHash) return known.Ids;
        try
        {
            var ids = NamedDocumentClauses.LeadingOf(_store.GetClauses(document.Id)).ToArray();
            _leading[document.Id] = (document.ContentHash, ids);
            return ids;
        }
        catch (StoreUnavailableException)
        {
            return [];
        }
    }
}
