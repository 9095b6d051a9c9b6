namespace PolicyKB.Cli.Reranking;

/// <summary>The top hybrid candidates of one training query, in fused order, with their labels and features.</summary>
internal sealed record RankingGroup(RerankJudgement Judgement, IReadOnlyList<string> Ids, float[] Labels, float[][] Features)
{
    /// <summary>Reciprocal rank of the first relevant candidate within the first 10 of <paramref name="order"/> (indices into <see cref="Ids"/>), else 0.</summary>
    public double ReciprocalRank(IReadOnlyList<int> order)
    {
        for (var i = 0; i < Math.Min(10, order.Count); i++)
        {
            if (Labels[order[i]] > 0) return 1.0 / (i + 1);
        }
        return 0;
    }

    /// <summary>Share of the relevant clauses found in the first 10 of <paramref name="order"/>.</summary>
    public double RecallAt10(IReadOnlyList<int> order) =>
        order.Take(10).Count(i => Labels[i] > 0) / (double)Math.Max(1, Judgement.Relevant.Count);
}
