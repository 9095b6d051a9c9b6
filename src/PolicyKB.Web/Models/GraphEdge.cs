namespace PolicyKB.Web.Models;

/// <summary>A citing document citing a node.</summary>
/// <param name="Source">Citing node id.</param>
/// <param name="Target">Cited node id.</param>
/// <param name="Count">Number of citing clauses.</param>
/// <param name="Basis">True when cited as legal basis.</param>
public sealed record GraphEdge(string Source, string Target, int Count, bool Basis);
