namespace PolicyKB.Search.Evaluation;

/// <summary>How one query fared: the rank of the first relevant hit and of each judged snippet (1-based, null when not in the hits).</summary>
/// <param name="Query">The query.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="FirstRelevantRank">Rank of the first hit matching any snippet, or null.</param>
/// <param name="SnippetRanks">For each snippet, in query-set order, the rank of the first hit containing it, or null.</param>
public sealed record QueryOutcome(string Query, string Kind, int? FirstRelevantRank, IReadOnlyList<int?> SnippetRanks)
{
    /// <summary>Why the system returned nothing (a rejected query), else null.</summary>
    public string? Error { get; init; }

    /// <summary>Share of the snippets found within the first <paramref name="k"/> hits.</summary>
    public double RecallAt(int k) => SnippetRanks.Count == 0 ? 0 : SnippetRanks.Count(r => r <= k) / (double)SnippetRanks.Count;

    /// <summary>Reciprocal rank of the first relevant hit within the first <paramref name="k"/>, else 0.</summary>
    public double ReciprocalRankAt(int k) => FirstRelevantRank is { } r && r <= k ? 1.0 / r : 0;
}
