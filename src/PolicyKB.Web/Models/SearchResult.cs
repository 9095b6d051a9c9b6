using PolicyKB.Search;

namespace PolicyKB.Web.Models;

/// <summary>A page of search hits with facets.</summary>
/// <param name="Query">The query as asked.</param>
/// <param name="Mode">"hybrid", "keyword" or "semantic".</param>
/// <param name="TookMs">Time taken by the search service.</param>
/// <param name="Total">Candidates found before paging.</param>
/// <param name="Offset">Hits skipped.</param>
/// <param name="Hits">The page of hits; highlights are {start, length} spans into each hit's text.</param>
/// <param name="Facets">Number of documents per type, issuer, province and year over the whole collection (not only the hits).</param>
public sealed record SearchResult(string Query, string Mode, long TookMs, int Total, int Offset, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    /// <summary>Citation keys the query was read as naming.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>A note for the user (semantic search unavailable…).</summary>
    public string? Note { get; init; }
}
