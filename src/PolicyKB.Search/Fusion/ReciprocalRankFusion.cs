namespace PolicyKB.Search.Fusion;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each result list votes for an item with
/// <c>weight / (k + rank)</c>, rank counted from 1, and items are ordered by the sum of their votes. Scores of
/// different engines (BM25, cosine) are never compared directly, only their ranks, which is why it suits
/// keyword + embedding search. <c>k = 60</c> is the value of the original paper.
/// </summary>
public sealed class ReciprocalRankFusion
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="k">Damping constant: larger values flatten the advantage of top ranks.</param>
    public ReciprocalRankFusion(int k = 60) => K = k;

    /// <summary>The damping constant.</summary>
    public int K { get; }

    /// <summary>Fuses ranked lists of ids (best first) into one list of (id, fused score), best first.</summary>
    public IReadOnlyList<(string Id, double Score)> Fuse(params (IReadOnlyList<string> Ranked, double Weight)[] lists)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = 0;
        foreach (var (ranked, weight) in lists)
        {
            for (var i = 0; i < ranked.Count; i++)
            {
                var id = ranked[i];
                scores[id] = scores.GetValueOrDefault(id) + weight / (K + i + 1);
                firstSeen.TryAdd(id, order++);
            }
        }
        return scores.OrderByDescending(p => p.Value).ThenBy(p => firstSeen[p.Key]).Select(p => (p.Key, p.Value)).ToList();
    }
}
