using System.Text.Json;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Collected ranking groups saved as JSON lines, so trying other sources or settings does not search every training
/// query again (collection is most of train-reranker's time).
/// </summary>
internal static class GroupCache
{
    private sealed record Line(string Query, string Source, bool Validation, string[] Relevant, string[] Ids, float[] Labels, float[][] Features);

    /// <summary>Writes <paramref name="groups"/> to <paramref name="path"/>.</summary>
    public static void Save(string path, IEnumerable<RankingGroup> groups) =>
        File.WriteAllLines(path, groups.Select(g => JsonSerializer.Serialize(new Line(
            g.Judgement.Query, g.Judgement.Source, g.Judgement.Validation, g.Judgement.Relevant.ToArray(), g.Ids.ToArray(), g.Labels, g.Features))));

    /// <summary>Reads groups written by <see cref="Save"/>.</summary>
    public static List<RankingGroup> Load(string path) =>
        File.ReadLines(path)
            .Select(l => JsonSerializer.Deserialize<Line>(l) ?? throw new InvalidDataException($"{path}: dòng trống"))
            .Select(l => new RankingGroup(new RerankJudgement(l.Query, l.Relevant.ToHashSet(StringComparer.Ordinal), l.Source, l.Validation), l.Ids, l.Labels, l.Features))
            .ToList();
}
