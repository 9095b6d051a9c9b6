using PolicyKB.Search.Evaluation.Baselines;

namespace PolicyKB.Search.Evaluation.Pairs;

/// <summary>
/// Turns held-out pairs into a judged retrieval task: each everyday question is a query whose one relevant passage
/// is its formal question, searched among all distinct formal questions of one split, so every system of
/// <see cref="Evaluator"/> can be measured on it.
/// </summary>
public static class PairQueries
{
    /// <summary>Source name given to every formal question of the pool.</summary>
    public const string Source = "held-out-pairs";

    /// <summary>Query kind of every pair query.</summary>
    public const string Kind = "held-out-pairs";

    /// <summary>One query per pair of <paramref name="split"/>.</summary>
    public static IReadOnlyList<EvalQuery> Queries(IEnumerable<QueryPair> pairs, string split = PairSplit.Test) =>
        pairs.Where(p => p.Split == split)
            .Select(p => new EvalQuery(p.Everyday, Kind, [new RelevantSnippet(Source, p.Formal)]) { Split = split })
            .ToList();

    /// <summary>The passages to search: each distinct formal question of <paramref name="split"/> once.</summary>
    public static IReadOnlyList<BaselineClause> Pool(IEnumerable<QueryPair> pairs, string split = PairSplit.Test) =>
        pairs.Where(p => p.Split == split)
            .Select(p => p.Formal)
            .DistinctBy(PairSplit.Key, StringComparer.Ordinal)
            .Select((formal, i) => new BaselineClause("pair-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Source, formal))
            .ToList();
}
