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

    /// <summary>Number of candidates found before paging.</summary>
    public int Total { get; init; }

    /// <summary>A note for the user (e.g. semantic search unavailable, query shortened).</summary>
    public string? Note { get; init; }
}
