using PolicyKB.Documents;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;

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

    /// <summary>
    /// The same rule over candidates the shared store picked in one query; null when it cannot be decided from them
    /// (no candidate with text, or one that is blank by .NET's reckoning but not PostgreSQL's): read the clauses then.
    /// </summary>
    public static string[]? LeadingOf(LeadingClauses candidates)
    {
        if (candidates.FirstId is null || string.IsNullOrWhiteSpace(candidates.FirstText)) return null;
        return candidates.TitleId is null ? [candidates.FirstId] : [candidates.TitleId, candidates.FirstId];
    }
}
