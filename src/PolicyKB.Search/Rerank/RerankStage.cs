using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Rerank;

/// <summary>
/// The <c>rerank</c> stage of hybrid search: the best <see cref="Depth"/> fused candidates are scored by a
/// <see cref="RankingModel"/> over <see cref="RerankFeatures"/> and put in the model's order; candidates below the
/// depth keep their fused order after them. Ties keep fused order, so a model that cannot tell two clauses apart
/// changes nothing.
/// </summary>
public sealed class RerankStage(RankingModel model, int depth = RerankStage.DefaultDepth)
{
    /// <summary>Candidates reordered by default (issue #15: the top 50 hybrid candidates).</summary>
    public const int DefaultDepth = 50;

    /// <summary>The model.</summary>
    public RankingModel Model { get; } = model;

    /// <summary>How many fused candidates are reordered.</summary>
    public int Depth { get; } = depth;

    /// <summary>The fused list of <paramref name="signals"/> with its head reordered by the model; scores are the model's.</summary>
    public IReadOnlyList<(string Id, double Score)> Reorder(string query, RerankSignals signals, IKeywordIndex keyword)
    {
        var head = signals.Fused.Take(Depth).Select(f => f.Id).ToList();
        if (head.Count < 2) return signals.Fused;
        var vectors = RerankFeatures.Compute(query, signals, head, keyword.GetClauses(head));
        var scored = head.Select((id, i) => (Id: id, Score: Model.Score(vectors[i]), Order: i))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Order)
            .ToList();
        // The tail keeps fused order below the lowest reranked score, so scores still read best first.
        var floor = scored[^1].Score;
        return scored.Select(s => (s.Id, s.Score))
            .Concat(signals.Fused.Skip(Depth).Select((f, i) => (f.Id, floor - 1 - i * 1e-6)))
            .ToList();
    }

    /// <summary>Loads the stage from <paramref name="options"/>, or returns null when the model file is absent.</summary>
    public static RerankStage? Load(RerankOptions options, Func<string, string> resolvePath)
    {
        var path = resolvePath(options.ModelPath);
        return File.Exists(path) ? new RerankStage(RankingModel.Load(path), options.Depth) : null;
    }
}
