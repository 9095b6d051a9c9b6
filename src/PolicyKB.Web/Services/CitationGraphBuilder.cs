using PolicyKB.Documents;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>
/// Builds the citation graph: stored documents and cited keys as nodes, one edge per (citing document, cited node).
/// A key whose document is itself stored is drawn as that document, so plans citing a stored plan point at it.
/// </summary>
public static class CitationGraphBuilder
{
    /// <summary>The graph of <paramref name="documents"/>, or around <paramref name="focusId"/> when given.</summary>
    public static CitationGraph Build(IReadOnlyList<PolicyDocument> documents, IReadOnlyList<Citation> citations, string? focusId)
    {
        var stored = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var targetOf = citations.Where(c => c.TargetDocumentId is not null && stored.ContainsKey(c.TargetDocumentId))
            .GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().TargetDocumentId!, StringComparer.Ordinal);
        string NodeOf(Citation c) => targetOf.TryGetValue(c.Key, out var id) ? "doc:" + id : "key:" + c.Key;

        var edges = citations.Where(c => stored.ContainsKey(c.DocumentId))
            .GroupBy(c => (Source: "doc:" + c.DocumentId, Target: NodeOf(c)))
            .Where(g => g.Key.Source != g.Key.Target)
            .Select(g => new GraphEdge(g.Key.Source, g.Key.Target, g.Select(c => c.ClauseId).Distinct(StringComparer.Ordinal).Count(), g.Any(c => c.Basis)))
            .ToList();
        if (focusId is not null)
        {
            var focus = "doc:" + focusId;
            edges = edges.Where(e => e.Source == focus || e.Target == focus).ToList();
        }

        var citedBy = edges.GroupBy(e => e.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var nodeIds = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        if (focusId is not null) nodeIds.Add("doc:" + focusId);
        else nodeIds.UnionWith(stored.Keys.Select(id => "doc:" + id));

        var byKey = citations.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var keyOfDocument = targetOf.GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var nodes = nodeIds.Select(id => id.StartsWith("doc:", StringComparison.Ordinal)
                ? DocumentNode(stored[id[4..]], keyOfDocument.GetValueOrDefault(id[4..]), citedBy.GetValueOrDefault(id))
                : KeyNode(id[4..], byKey.GetValueOrDefault(id[4..]) ?? [], citedBy.GetValueOrDefault(id)))
            .OrderBy(n => n.Kind, StringComparer.Ordinal).ThenByDescending(n => n.CitedBy).ThenBy(n => n.Label, StringComparer.Ordinal)
            .ToList();
        return new CitationGraph(nodes, edges);
    }

    private static GraphNode DocumentNode(PolicyDocument d, string? key, int citedBy)
    {
        var label = d.Metadata.Number is { } n ? $"{d.Metadata.Type} {n}".Trim() : d.Metadata.Type ?? d.Id;
        return new GraphNode("doc:" + d.Id, "document", label, d.Metadata.Title ?? d.Source, d.Id, key,
            IssuingLevel.Of(d.Metadata.Number, d.Metadata.Issuer), citedBy);
    }

    private static GraphNode KeyNode(string key, IReadOnlyList<Citation> citations, int citedBy)
    {
        var type = citations.Select(c => c.Type).FirstOrDefault(t => t is not null);
        var label = type is not null && !key.StartsWith(type, StringComparison.OrdinalIgnoreCase) && citations.Any(c => c.Number is not null) ? $"{type} {key}" : key;
        var title = citations.Select(c => c.Name).Where(v => !string.IsNullOrWhiteSpace(v)).OrderByDescending(v => v!.Length).FirstOrDefault();
        var issuer = citations.Select(c => c.Issuer).FirstOrDefault(v => v is not null);
        return new GraphNode("key:" + key, "cited", label, title, null, key, IssuingLevel.Of(key, issuer), citedBy);
    }
}
