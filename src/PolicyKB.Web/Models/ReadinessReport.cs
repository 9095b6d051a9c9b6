namespace PolicyKB.Web.Models;

/// <summary>The node can take traffic: its search indexes are close enough to the shared store.</summary>
/// <param name="Status">"ready".</param>
/// <param name="Replication">The replica's lag; null on the embedded LiteDB store (one node, nothing to lag behind).</param>
public sealed record ReadinessReport(string Status, ReplicationReport? Replication);
