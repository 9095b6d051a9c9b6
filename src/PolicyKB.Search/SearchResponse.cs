namespace PolicyKB.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
/// <param name="Query">The query as asked.</param>
/// <param name="Mode">"hybrid", "keyword" or "semantic".</param>
/// <param name="TookMs">Time taken.</param>
/// <param name="Hits">The page of hits, best first.</param>
public sealed record SearchResponse(string Query, string Mode, long TookMs, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Citation keys the query was read as referring to ("281/QĐ-TTg").</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Number of clauses that really match the query (all its words, a named document, a citing clause), before paging.</summary>
    public int Total { get; init; }

    /// <summary>
    /// Number of candidates shown in the ranking before paging: the matching clauses and those only related ("Có thể
    /// liên quan": sharing some words, or close in meaning above the similarity floor; see <see cref="SearchHit.Matches"/>).
    /// </summary>
    public int Shown { get; init; }

    /// <summary>Other queries worth trying when nothing matched: each really matches something.</summary>
    public IReadOnlyList<SearchSuggestion> Suggestions { get; init; } = [];

    /// <summary>Documents the query named by their own number ("KH 36 Hà Giang"), best first; their title leads the hits.</summary>
    public IReadOnlyList<string> NamedDocuments { get; init; } = [];

    /// <summary>A note for the user (e.g. semantic search unavailable, query shortened).</summary>
    public string? Note { get; init; }
}
