namespace PolicyKB.Search.Precedents;

/// <summary>Precedents found for a clause or a pasted paragraph.</summary>
/// <param name="Input">The text compared against (the clause's text, or the pasted paragraph).</param>
/// <param name="ClauseId">The clause asked about, when one was.</param>
/// <param name="TookMs">Time taken.</param>
/// <param name="Hits">Near-duplicates first, then by relevance.</param>
public sealed record SimilarResponse(string Input, string? ClauseId, long TookMs, IReadOnlyList<SimilarClause> Hits);
