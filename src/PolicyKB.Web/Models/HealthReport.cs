namespace PolicyKB.Web.Models;

/// <summary>Whether the service is up and sound, what it holds, and how far start-up work has come.</summary>
/// <param name="Status">"ok", or "degraded" when part of the data is unreadable (see <paramref name="Problems"/>); degraded is answered with HTTP 503.</param>
/// <param name="Documents">Stored documents.</param>
/// <param name="Clauses">Stored clauses.</param>
/// <param name="Citations">Stored citations.</param>
/// <param name="SemanticSearch">True when an embedding model is loaded.</param>
/// <param name="Ingestion">The start-up ingestion of the content folder; searches meanwhile answer from what is stored so far.</param>
/// <param name="StoreCheck">The background read of every stored record: "pending", "running", "passed", "failed" or "stopped".</param>
/// <param name="Problems">What is wrong, in Vietnamese, with what to do about it; empty when the status is "ok".</param>
public sealed record HealthReport(
    string Status, int Documents, int Clauses, int Citations, bool SemanticSearch, IngestionProgressReport Ingestion, string StoreCheck, IReadOnlyList<string> Problems)
{
    /// <summary>With the shared PostgreSQL store: how far this node's search indexes are behind it; null on LiteDB.</summary>
    public ReplicationReport? Replication { get; init; }
}
