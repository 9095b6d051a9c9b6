namespace PolicyKB.Web.Models;

/// <summary>Whether the service is up and what it holds.</summary>
/// <param name="Status">"ok".</param>
/// <param name="Documents">Stored documents.</param>
/// <param name="Clauses">Stored clauses.</param>
/// <param name="Citations">Stored citations.</param>
/// <param name="SemanticSearch">True when an embedding model is loaded.</param>
public sealed record HealthReport(string Status, int Documents, int Clauses, int Citations, bool SemanticSearch);
