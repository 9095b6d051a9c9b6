using System.Text;
using PolicyKB.Documents;

namespace PolicyKB.Tests.Parsing;

/// <summary>Compact text dump of a clause tree for spec comparisons: one clause a line, indented by depth.</summary>
public static class ClauseDump
{
    public static string Render(IEnumerable<Clause> clauses, bool withText = false)
    {
        var sb = new StringBuilder();
        foreach (var clause in clauses)
        {
            sb.Append(' ', clause.Depth * 2)
              .Append(clause.Id[(clause.Id.IndexOf('/') + 1)..])
              .Append(" [").Append(clause.Kind.ToString().ToLowerInvariant()).Append(']');
            if (clause.Heading.Length > 0) sb.Append(' ').Append(clause.Heading);
            if (withText) sb.Append(" | ").Append(clause.Text.Replace("\n", " ⏎ "));
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }
}
