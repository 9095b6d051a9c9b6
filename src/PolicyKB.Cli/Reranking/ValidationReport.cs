using PolicyKB.Search.Rerank;

namespace PolicyKB.Cli.Reranking;

/// <summary>MRR@10 and R@10 of the validation groups, per judgement source, printed while train-reranker picks its settings.</summary>
internal static class ValidationReport
{
    /// <summary>Prints MRR@10 and R@10 per source of <paramref name="groups"/> in the order <paramref name="score"/> gives (null: fused order); returns the mean MRR@10 over sources.</summary>
    public static double Write(CliConsole console, string name, IReadOnlyList<RankingGroup> groups, Func<float[], double>? score)
    {
        var means = new List<double>();
        foreach (var source in groups.GroupBy(g => g.Judgement.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var orders = source.Select(g => Order(g, score)).ToList();
            var mrr = source.Select((g, i) => g.ReciprocalRank(orders[i])).Average();
            var recall = source.Select((g, i) => g.RecallAt10(orders[i])).Average();
            means.Add(mrr);
            console.Out.WriteLine($"  {name,-42} {source.Key,-8} {source.Count(),5}  {mrr:0.000}  {recall:0.000}");
        }
        return means.DefaultIfEmpty(0).Average();
    }

    private static List<int> Order(RankingGroup group, Func<float[], double>? score) =>
        score is null
            ? Enumerable.Range(0, group.Ids.Count).ToList()
            : Enumerable.Range(0, group.Ids.Count).OrderByDescending(i => score(group.Features[i])).ThenBy(i => i).ToList();
}
