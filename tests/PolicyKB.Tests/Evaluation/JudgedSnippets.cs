using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Evaluation.Baselines;

namespace PolicyKB.Tests.Evaluation;

/// <summary>The judged snippets of a search set that no clause of their document holds (a set's judgement gone stale).</summary>
public static class JudgedSnippets
{
    /// <summary>
    /// Every snippet of <paramref name="queries"/> found in no clause of its document in <paramref name="store"/>, compared
    /// folded as the search evaluation compares them (<see cref="SnippetMatcher"/>).
    /// </summary>
    public static List<string> Missing(PolicyKB.Storage.IDocumentStore store, IEnumerable<EvalQuery> queries)
    {
        var clauses = BaselineClause.ReadAll(store).Select(c => (c.Source, Text: SnippetMatcher.Fold(c.Text))).ToList();
        return queries.SelectMany(q => q.Relevant)
            .Where(r => !clauses.Any(c => SnippetMatcher.Matches(c.Source, c.Text, r.Source, SnippetMatcher.Fold(r.Snippet))))
            .Select(r => r.Snippet)
            .ToList();
    }
}
