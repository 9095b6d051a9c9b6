namespace PolicyKB.Web.Models;

/// <summary>A node of a document's clause tree.</summary>
/// <param name="Id">Clause id ("doc/III.2.b").</param>
/// <param name="Label">Normalised label ("III", "2", "b").</param>
/// <param name="DisplayLabel">Label as printed ("III.", "b)").</param>
/// <param name="Heading">Heading, or empty.</param>
/// <param name="Kind">Clause kind ("section", "item", "point"…).</param>
/// <param name="Children">Child nodes in order.</param>
public sealed record OutlineNode(string Id, string Label, string DisplayLabel, string Heading, string Kind, IReadOnlyList<OutlineNode> Children);
