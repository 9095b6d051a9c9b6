namespace PolicyKB.Search.Replication;

/// <summary>Why the follower looked for changes.</summary>
public enum ReplicaWake
{
    /// <summary>At start, or again after a failure (back-off).</summary>
    Start,

    /// <summary>A NOTIFY on the change channel woke it.</summary>
    Notification,

    /// <summary>The poll interval passed without a notification (the safety net).</summary>
    Poll,
}
