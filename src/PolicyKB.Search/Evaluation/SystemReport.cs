namespace PolicyKB.Search.Evaluation;

/// <summary>The evaluation of one system (a search mode or a baseline) over a query set.</summary>
/// <param name="System">"hybrid", "keyword", "semantic", "lucene-standard-bm25", "sqlite-fts5"…</param>
/// <param name="Overall">Metrics over every query.</param>
/// <param name="ByKind">Metrics per query kind, in kind order.</param>
/// <param name="Outcomes">Each query's outcome, in query-set order.</param>
public sealed record SystemReport(string System, MetricSummary Overall, IReadOnlyDictionary<string, MetricSummary> ByKind, IReadOnlyList<QueryOutcome> Outcomes)
{
    /// <summary>How the system was configured (analyzer, tokenizer options), for the report.</summary>
    public string Description { get; init; } = "";

    /// <summary>Mean query latency in milliseconds.</summary>
    public double MeanLatencyMs { get; init; }

    /// <summary>Groups <paramref name="outcomes"/> by kind and averages.</summary>
    public static SystemReport From(string system, IReadOnlyList<QueryOutcome> outcomes) =>
        new(system, MetricSummary.Of(outcomes),
            outcomes.GroupBy(o => o.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => MetricSummary.Of(g.ToList()), StringComparer.Ordinal),
            outcomes);
}
