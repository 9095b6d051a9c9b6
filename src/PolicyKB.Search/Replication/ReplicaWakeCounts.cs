namespace PolicyKB.Search.Replication;

/// <summary>
/// Catch-ups of the follower that applied at least one change, by what woke it since the node started: with LISTEN/NOTIFY
/// working, nearly all are <paramref name="Notified"/>; <paramref name="Polled"/> counts changes the notification missed
/// (or a connection that was being re-opened), <paramref name="Started"/> those found at start or after a failure.
/// </summary>
/// <param name="Notified">Woken by a NOTIFY.</param>
/// <param name="Polled">Woken by the poll interval (PolicyKB:Store:ReplicaPollSeconds).</param>
/// <param name="Started">At start or after a retry.</param>
public sealed record ReplicaWakeCounts(long Notified, long Polled, long Started);
