namespace PolicyKB.Search.Evaluation;

/// <summary>
/// Judges a ranked hit list against a query's snippets. Pure: no search, no I/O. Recall@k counts judged snippets
/// found in the first k hits (a snippet shared by several clauses, such as a document number, is found by any of
/// them); MRR@k uses the first hit that matches any snippet.
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>Ranks examined (MRR@10, Recall@10).</summary>
    public const int Depth = 10;

    /// <summary>Judges <paramref name="hits"/> (best first) for <paramref name="query"/>; hits past <see cref="Depth"/> are ignored.</summary>
    public static QueryOutcome Judge(EvalQuery query, IReadOnlyList<RankedHit> hits)
    {
        var snippets = query.Relevant.Select(r => (r.Source, Folded: SnippetMatcher.Fold(r.Snippet))).ToList();
        var ranks = new int?[snippets.Count];
        int? first = null;
        for (var i = 0; i < Math.Min(hits.Count, Depth); i++)
        {
            var folded = SnippetMatcher.Fold(hits[i].Text);
            for (var s = 0; s < snippets.Count; s++)
            {
                if (!SnippetMatcher.Matches(hits[i].Source, folded, snippets[s].Source, snippets[s].Folded)) continue;
                ranks[s] ??= i + 1;
                first ??= i + 1;
            }
        }
        return new QueryOutcome(query.Query, query.Kind, first, ranks);
    }
}
