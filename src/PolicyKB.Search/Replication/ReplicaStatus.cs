namespace PolicyKB.Search.Replication;

/// <summary>How far this node's replica is behind the shared store, as last seen by the follower.</summary>
/// <param name="AppliedSequence">The last change applied to the local indexes (recorded in <c>data/replica.seq</c>).</param>
/// <param name="HeadSequence">The last change committed in the shared store, when last asked.</param>
/// <param name="OldestUnappliedAt">When the oldest change not yet applied was committed; null when none is pending.</param>
/// <param name="CheckedAt">When the store was last reached.</param>
public sealed record ReplicaStatus(long AppliedSequence, long HeadSequence, DateTimeOffset? OldestUnappliedAt, DateTimeOffset CheckedAt)
{
    /// <summary>Seconds since the oldest unapplied change was committed (0 when caught up), as of <paramref name="now"/>.</summary>
    public double LagSeconds(DateTimeOffset now) => OldestUnappliedAt is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0;
}
