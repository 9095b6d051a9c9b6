using System.Diagnostics;

namespace PolicyKB.Search.Evaluation;

/// <summary>Runs every query of a set through a system and judges the hits.</summary>
public static class Evaluator
{
    /// <summary>
    /// Evaluates <paramref name="retriever"/> on <paramref name="queries"/>. A query the system rejects
    /// (<see cref="SearchQueryException"/>) counts as answered with no hits, its message kept in the outcome.
    /// </summary>
    public static async Task<SystemReport> RunAsync(IRetriever retriever, IReadOnlyList<EvalQuery> queries, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<QueryOutcome>(queries.Count);
        var clock = new Stopwatch();
        foreach (var query in queries)
        {
            IReadOnlyList<RankedHit> hits = [];
            string? error = null;
            clock.Start();
            try
            {
                hits = await retriever.SearchAsync(query.Query, RetrievalMetrics.Depth, cancellationToken).ConfigureAwait(false);
            }
            catch (SearchQueryException ex)
            {
                error = ex.Message;
            }
            clock.Stop();
            outcomes.Add(RetrievalMetrics.Judge(query, hits) with { Error = error });
        }
        return SystemReport.From(retriever.Name, outcomes) with
        {
            Description = retriever.Description,
            MeanLatencyMs = queries.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / queries.Count,
        };
    }
}
