namespace PolicyKB.Search.Evaluation;

/// <summary>One line of a query set: the query, the kind of query it exemplifies, and what answers it.</summary>
/// <param name="Query">The text a user types.</param>
/// <param name="Kind">Group the metrics are broken down by ("no-diacritics", "document-number", "question"…).</param>
/// <param name="Relevant">One or more snippets; each is found when a hit from its source contains it.</param>
public sealed record EvalQuery(string Query, string Kind, IReadOnlyList<RelevantSnippet> Relevant)
{
    /// <summary>"dev" (may be tuned on) or "test" (reported only); null when the set has no split.</summary>
    public string? Split { get; init; }
}
