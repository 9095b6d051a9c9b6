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
/// (docs/scale-out.md). Writes the node makes and changes the follower applies call <see cref="Invalidate"/> or
/// <see cref="Refresh"/>.
/// </summary>
public sealed class SearchReadModel
{
    private readonly IDocumentStore _store;
    private readonly object _loading = new();
    private readonly ConcurrentDictionary<string, (string Hash, string[] Ids)> _leading = new(StringComparer.Ordinal);
    private volatile ReadModelSnapshot _snapshot = ReadModelSnapshot.Empty;
    private long _invalidated = 1;
    private long _loaded;

    /// <summary>Creates an empty read model over <paramref name="store"/>; it loads on first use or on <see cref="Refresh"/>.</summary>
    public SearchReadModel(IDocumentStore store) => _store = store;

    /// <summary>When the snapshot in use was loaded from the store (null before the first load).</summary>
    public DateTimeOffset? LoadedAt => _snapshot.LoadedAt;

    /// <summary>
    /// The snapshot to search with. When a local write made it stale it is reloaded first (as the search caches always
    /// were); when the store cannot be reached the previous snapshot is used.
    /// </summary>
    public ReadModelSnapshot Current
    {
        get
        {
            if (Interlocked.Read(ref _loaded) != Interlocked.Read(ref _invalidated))
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
