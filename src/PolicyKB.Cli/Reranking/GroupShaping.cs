using PolicyKB.Search.Rerank;

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

    /// <summary>
    /// <paramref name="groups"/> with the intent features (<see cref="QueryIntent"/>) of every group of
    /// <paramref name="sources"/> set to 0, "nothing asked". An everyday ↔ formal pair's relevant passage is the formal
    /// question itself, which asks rather than states the value ("uống thuốc bao lâu?"), so there the features would
    /// teach that a clause lacking the asked value is the answer.
    /// </summary>
    public static List<RankingGroup> NeutralIntent(IEnumerable<RankingGroup> groups, IReadOnlySet<string> sources)
    {
        var intent = RerankFeatures.Names.Select((n, i) => (n, i)).Where(p => p.n.EndsWith("_asked_held", StringComparison.Ordinal)).Select(p => p.i).ToArray();
        return groups.Select(g => !sources.Contains(g.Judgement.Source) ? g : g with
        {
            Features = g.Features.Select(f =>
            {
                var copy = (float[])f.Clone();
                foreach (var i in intent.Where(i => i < copy.Length)) copy[i] = 0;
                return copy;
            }).ToArray(),
        }).ToList();
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
