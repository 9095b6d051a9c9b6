using System.Diagnostics;
using PolicyKB.Search;

namespace PolicyKB.Answering.Knowledge;

/// <summary>
/// Hands the answering service the snapshot of the store (<see cref="KnowledgeSnapshot"/>), rebuilt when documents
/// were added, changed or removed. The document list is compared at most once a second: listing a large store on every
/// question would cost more than the answer.
/// </summary>
public sealed class KnowledgeSnapshotSource(KnowledgeBase knowledgeBase)
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private KnowledgeSnapshot? _snapshot;
    private long _checkedAt;

    /// <summary>The current snapshot; the store is read again only when its document list changed.</summary>
    public KnowledgeSnapshot Current()
    {
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            if (_snapshot is not null && Stopwatch.GetElapsedTime(_checkedAt, now) < CheckInterval) return _snapshot;
            // The store is read through the knowledge base each time: a repair may have swapped it since.
            var signature = KnowledgeSnapshot.SignatureOf(knowledgeBase.Store.ListDocuments());
            if (_snapshot?.Signature != signature) _snapshot = KnowledgeSnapshot.Build(knowledgeBase.Store);
            _checkedAt = now;
            return _snapshot;
        }
    }
}
