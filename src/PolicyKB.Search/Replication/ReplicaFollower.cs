using PolicyKB.Storage.Postgres;

namespace PolicyKB.Search.Replication;

/// <summary>
/// Brings this node's replica (Lucene index, vectors, search read model) up to the shared store's change log: reads the
/// changes after the recorded sequence in pages, applies each page through <see cref="KnowledgeBase.ApplyChanges"/>,
/// then records the page's last sequence (docs/scale-out.md, "Followers"). Not thread-safe: one caller at a time.
/// </summary>
public sealed class ReplicaFollower
{
    /// <summary>Changes read and applied together.</summary>
    public const int PageSize = 500;

    private readonly PostgresDocumentStore _store;
    private readonly ReplicaSequenceFile _file;
    private readonly Func<IEnumerable<string>> _indexedDocuments;
    private readonly TimeProvider _clock;
    private ReplicaStatus _status;
    private long _notified;
    private long _polled;
    private long _started;

    /// <summary>
    /// Follows <paramref name="store"/> from <paramref name="appliedSequence"/>, recording progress in <paramref name="file"/>;
    /// <paramref name="indexedDocuments"/> names the documents the replica holds (a rebuild removes those no longer stored).
    /// </summary>
    public ReplicaFollower(PostgresDocumentStore store, ReplicaSequenceFile file, long appliedSequence, Func<IEnumerable<string>> indexedDocuments, TimeProvider clock)
    {
        _store = store;
        _file = file;
        _indexedDocuments = indexedDocuments;
        _clock = clock;
        _status = new ReplicaStatus(appliedSequence, appliedSequence, null, clock.GetUtcNow());
    }

    /// <summary>Rebuilds done because the change log had been trimmed past this replica's sequence.</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Catch-ups that applied changes, by what woke the follower (see <see cref="CountWake"/>).</summary>
    public ReplicaWakeCounts Wakes => new(Interlocked.Read(ref _notified), Interlocked.Read(ref _polled), Interlocked.Read(ref _started));

    /// <summary>Records that a catch-up woken by <paramref name="wake"/> applied <paramref name="applied"/> changes (counted when any).</summary>
    public void CountWake(ReplicaWake wake, int applied)
    {
        if (applied == 0) return;
        switch (wake)
        {
            case ReplicaWake.Notification: Interlocked.Increment(ref _notified); break;
            case ReplicaWake.Poll: Interlocked.Increment(ref _polled); break;
            default: Interlocked.Increment(ref _started); break;
        }
    }

    /// <summary>The replica's state as last seen (read by health checks without touching the store).</summary>
    public ReplicaStatus Status => Volatile.Read(ref _status);

    /// <summary>
    /// Asks the store for its head and the oldest change not yet applied, without applying anything (health checks);
    /// returns the refreshed status. Throws <see cref="PolicyKB.Storage.StoreUnavailableException"/> when the store
    /// cannot be reached: <see cref="Status"/> then still holds what was last seen.
    /// </summary>
    public ReplicaStatus Check()
    {
        var applied = Status.AppliedSequence;
        var head = _store.HeadSequence();
        var pending = head > applied ? _store.ChangesAfter(applied, 1) : [];
        var status = new ReplicaStatus(applied, Math.Max(head, applied), pending.Count > 0 ? pending[0].At : null, _clock.GetUtcNow());
        // A page applied meanwhile moved the status on: keep the newer one.
        if (Status.AppliedSequence == applied) Volatile.Write(ref _status, status);
        return Status;
    }

    /// <summary>
    /// Applies every pending change, one page at a time, each page through <paramref name="apply"/> (the caller
    /// serialises it with its own writes); returns how many changes were applied. Throws
    /// <see cref="PolicyKB.Storage.StoreUnavailableException"/> when the store cannot be reached (the status keeps its last value).
    /// </summary>
    public int CatchUp(Func<IReadOnlyList<StoreChange>, int> apply)
    {
        var applied = 0;
        while (true)
        {
            var head = _store.HeadSequence();
            var changes = _store.ChangesAfter(Status.AppliedSequence, PageSize);
            // Read after the changes: a trim committed before that read shows here, so a gap in them is never applied.
            if (_store.TrimPoint() > Status.AppliedSequence)
            {
                applied += Rebuild(apply);
                continue;
            }
            if (changes.Count == 0)
            {
                Volatile.Write(ref _status, new ReplicaStatus(Status.AppliedSequence, Math.Max(head, Status.AppliedSequence), null, _clock.GetUtcNow()));
                return applied;
            }
            Volatile.Write(ref _status, Status with { HeadSequence = Math.Max(head, changes[^1].Sequence), OldestUnappliedAt = changes[0].At, CheckedAt = _clock.GetUtcNow() });
            apply(changes);
            // Only after the indexes are committed: a crash before this line replays the page, never skips it.
            _file.Write(changes[^1].Sequence);
            applied += changes.Count;
            Volatile.Write(ref _status, Status with { AppliedSequence = changes[^1].Sequence });
        }
    }

    /// <summary>
    /// The changes this replica still needed were trimmed from the log: every document stored now, and every one the
    /// replica holds, is applied again as stored now (so a metadata correction, which keeps the content hash, is not
    /// missed), then the replica follows from the head read before listing them (later changes are replayed).
    /// </summary>
    private int Rebuild(Func<IReadOnlyList<StoreChange>, int> apply)
    {
        var head = _store.HeadSequence();
        var now = _clock.GetUtcNow();
        var ids = _store.DocumentIds().Union(_indexedDocuments(), StringComparer.Ordinal).ToList();
        foreach (var page in ids.Chunk(PageSize)) apply(page.Select(id => new StoreChange(head, id, Removed: false, now)).ToList());
        _file.Write(head);
        Rebuilds++;
        Volatile.Write(ref _status, new ReplicaStatus(head, head, null, now));
        return ids.Count;
    }
}
