namespace PolicyKB.Search.Evaluation;

/// <summary>Mean metrics over a group of queries.</summary>
/// <param name="Queries">Number of queries.</param>
/// <param name="RecallAt1">Mean Recall@1.</param>
/// <param name="RecallAt5">Mean Recall@5.</param>
/// <param name="RecallAt10">Mean Recall@10.</param>
/// <param name="MrrAt10">Mean reciprocal rank of the first relevant hit within 10.</param>
public sealed record MetricSummary(int Queries, double RecallAt1, double RecallAt5, double RecallAt10, double MrrAt10)
{
    /// <summary>Share of queries with a relevant hit at rank 1 (Success@1).</summary>
    public double SuccessAt1 { get; init; }

    /// <summary>Share of queries with a relevant hit within 10 (Success@10).</summary>
    public double SuccessAt10 { get; init; }

    /// <summary>Averages the outcomes; all zeros for an empty group.</summary>
    public static MetricSummary Of(IReadOnlyCollection<QueryOutcome> outcomes)
    {
        if (outcomes.Count == 0) return new MetricSummary(0, 0, 0, 0, 0);
        return new MetricSummary(
            outcomes.Count,
            outcomes.Average(o => o.RecallAt(1)),
            outcomes.Average(o => o.RecallAt(5)),
            outcomes.Average(o => o.RecallAt(10)),
            outcomes.Average(o => o.ReciprocalRankAt(RetrievalMetrics.Depth)))
        {
            SuccessAt1 = outcomes.Average(o => o.FirstRelevantRank == 1 ? 1.0 : 0),
            SuccessAt10 = outcomes.Average(o => o.FirstRelevantRank is not null ? 1.0 : 0),
        };
    }
}
