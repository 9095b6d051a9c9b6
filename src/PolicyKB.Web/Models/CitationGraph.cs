namespace PolicyKB.Web.Models;

/// <summary>Documents and the documents they cite.</summary>
/// <param name="Nodes">Stored documents and cited keys.</param>
/// <param name="Edges">Citing document → cited node.</param>
public sealed record CitationGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
