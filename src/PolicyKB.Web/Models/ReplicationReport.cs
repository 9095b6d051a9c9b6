namespace PolicyKB.Web.Models;

/// <summary>How far this node's search indexes (its replica) are behind the shared PostgreSQL store.</summary>
/// <param name="AppliedSequence">The last change of the store's change log applied to this node's indexes (data/replica.seq).</param>
/// <param name="HeadSequence">The last change committed in the store.</param>
/// <param name="LagSeconds">Seconds since the oldest change not yet applied was committed; 0 when caught up.</param>
/// <param name="MaxLagSeconds">Above this lag the node answers not ready (PolicyKB:Store:MaxReplicaLagSeconds).</param>
/// <param name="StoreReachable">False when PostgreSQL could not be reached just now: the figures are the last seen.</param>
public sealed record ReplicationReport(long AppliedSequence, long HeadSequence, double LagSeconds, double MaxLagSeconds, bool StoreReachable)
{
    /// <summary>
    /// What this node's own Lucene index and vector file hold (in /api/health; null in readiness answers), to compare
    /// with the store's documents and clauses after a node caught up.
    /// </summary>
    public ReplicaIndexReport? Indexes { get; init; }

    /// <summary>
    /// Since the node started, how many of the follower's catch-ups that applied changes were woken by a NOTIFY, by the
    /// poll interval (a notification missed) or at start / after a retry.
    /// </summary>
    public Search.Replication.ReplicaWakeCounts? Wakes { get; init; }
}
