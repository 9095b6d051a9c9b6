namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Shapes the collected groups before fitting: cut to the depth the stage reorders at search time, and the long
/// everyday questions repeated so that LambdaRank does not learn mostly from short headings (heading queries
/// outnumber pairs, and the long questions are the ones the first stage ranks worst).
/// </summary>
internal static class GroupShaping
{
    /// <summary>
    /// Each group cut to its first <paramref name="depth"/> candidates (dropped when no relevant clause is left in them).
    /// </summary>
    public static List<RankingGroup> Cut(IEnumerable<RankingGroup> groups, int depth) =>
        groups.Where(g => g.Labels.Take(depth).Any(l => l > 0))
            .Select(g => g.Ids.Count <= depth ? g : g with { Ids = g.Ids.Take(depth).ToList(), Labels = g.Labels[..depth], Features = g.Features[..depth] })
            .ToList();

    /// <summary>
    /// <paramref name="groups"/> with each pair group whose everyday question is at least the median pair length
    /// repeated <paramref name="weight"/> times in all (1: no change).
    /// </summary>
    public static List<RankingGroup> WeightLongPairs(IReadOnlyList<RankingGroup> groups, int weight)
    {
        var lengths = groups.Where(g => g.Judgement.Source == JudgementBuilder.PairSource).Select(g => Words(g.Judgement.Query)).Order().ToList();
        if (weight <= 1 || lengths.Count == 0) return groups.ToList();
        var median = lengths[lengths.Count / 2];
        return groups.SelectMany(g => Enumerable.Repeat(g, g.Judgement.Source == JudgementBuilder.PairSource && Words(g.Judgement.Query) >= median ? weight : 1)).ToList();
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
