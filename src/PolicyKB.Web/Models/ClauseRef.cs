using PolicyKB.Documents;

namespace PolicyKB.Web.Models;

/// <summary>A short reference to a clause, for breadcrumbs, children and siblings.</summary>
/// <param name="Id">Clause id.</param>
/// <param name="Label">Normalised label.</param>
/// <param name="DisplayLabel">Label as printed.</param>
/// <param name="Heading">Heading, or empty.</param>
/// <param name="Kind">Clause kind.</param>
public sealed record ClauseRef(string Id, string Label, string DisplayLabel, string Heading, string Kind)
{
    /// <summary>Projects a stored clause.</summary>
    public static ClauseRef From(Clause c) => new(c.Id, c.Label, c.DisplayLabel, c.Heading, c.Kind.ToString().ToLowerInvariant());
}
