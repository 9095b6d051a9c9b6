using PolicyKB.Documents;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>Turns a document's clauses (document order, parent and child ids) into a tree.</summary>
public static class OutlineBuilder
{
    /// <summary>The top-level nodes with their descendants.</summary>
    public static IReadOnlyList<OutlineNode> Build(IReadOnlyList<Clause> clauses)
    {
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return clauses.Where(c => c.ParentId is null || !byId.ContainsKey(c.ParentId))
            .Select(c => Node(c, byId, visited))
            .OfType<OutlineNode>()
            .ToList();
    }

    private static OutlineNode? Node(Clause clause, IReadOnlyDictionary<string, Clause> byId, HashSet<string> visited)
    {
        // A stored tree is acyclic, but a visited set keeps a damaged record from recursing forever.
        if (!visited.Add(clause.Id)) return null;
        var children = clause.ChildIds
            .Select(id => byId.GetValueOrDefault(id))
            .OfType<Clause>()
            .Select(c => Node(c, byId, visited))
            .OfType<OutlineNode>()
            .ToList();
        return new OutlineNode(clause.Id, clause.Label, clause.DisplayLabel, clause.Heading, clause.Kind.ToString().ToLowerInvariant(), children);
    }
}
