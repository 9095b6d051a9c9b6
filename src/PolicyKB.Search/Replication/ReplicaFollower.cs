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
    private readonly TimeProvider _clock;
    private ReplicaStatus _status;

    /// <summary>Follows <paramref name="store"/> from <paramref name="appliedSequence"/>, recording progress in <paramref name="file"/>.</summary>
    public ReplicaFollower(PostgresDocumentStore store, ReplicaSequenceFile file, long appliedSequence, TimeProvider clock)
    {
        _store = store;
        _file = file;
        _clock = clock;
        _status = new ReplicaStatus(appliedSequence, appliedSequence, null, clock.GetUtcNow());
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
}
