namespace PolicyKB.Search.Keyword;

/// <summary>A clause found by keyword search.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="DocumentId">Its document.</param>
/// <param name="Score">BM25 score (only comparable within one query).</param>
public sealed record KeywordHit(string ClauseId, string DocumentId, float Score);
