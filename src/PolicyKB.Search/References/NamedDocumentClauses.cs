using PolicyKB.Documents;
using PolicyKB.Storage;

namespace PolicyKB.Search.References;

/// <summary>The clauses that stand for a document named by its number: its title, then its first clause with text.</summary>
public static class NamedDocumentClauses
{
    /// <summary>A function giving a document's leading clause ids, read from <paramref name="store"/>.</summary>
    public static Func<PolicyDocument, IEnumerable<string>> Leading(IDocumentStore store) => document => LeadingOf(store.GetClauses(document.Id));

    /// <summary>The leading clause ids among a document's <paramref name="clauses"/> (in document order).</summary>
    public static IEnumerable<string> LeadingOf(IReadOnlyList<Clause> clauses)
    {
        var title = clauses.FirstOrDefault(c => c.Id.EndsWith("/title", StringComparison.Ordinal));
        var first = clauses.FirstOrDefault(c => c != title && !string.IsNullOrWhiteSpace(c.Text));
        return new[] { title?.Id, first?.Id }.OfType<string>();
    }
}
