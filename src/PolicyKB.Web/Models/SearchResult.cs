using PolicyKB.Search;

namespace PolicyKB.Web.Models;

/// <summary>A page of search hits with facets.</summary>
/// <param name="Query">The query as asked.</param>
/// <param name="Mode">"hybrid", "keyword" or "semantic".</param>
/// <param name="TookMs">Time taken by the search service.</param>
/// <param name="Total">Clauses that really match the query (all its words, a document it names, a clause citing one); 0 means nothing found.</param>
/// <param name="Offset">Hits skipped.</param>
/// <param name="Hits">The matching hits of the page, best first; highlights are {start, length} spans into each hit's text.</param>
/// <param name="Facets">Number of documents per type, issuer, province and year over the whole collection (not only the hits).</param>
public sealed record SearchResult(string Query, string Mode, long TookMs, int Total, int Offset, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    /// <summary>Citation keys the query was read as naming.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>"Có thể liên quan": the page's hits that do not match the query (close in meaning, or sharing some words), best first.</summary>
    public IReadOnlyList<SearchHit> Related { get; init; } = [];

    /// <summary>Candidates in the ranking, matching and related, for paging (offset runs over both).</summary>
    public int Shown { get; init; }

    /// <summary>When nothing matched: queries that would (without diacritics, abbreviation expanded, without filters).</summary>
    public IReadOnlyList<SearchSuggestion> Suggestions { get; init; } = [];

    /// <summary>Ids of the documents the query named by their own number ("KH 36 Hà Giang").</summary>
    public IReadOnlyList<string> NamedDocuments { get; init; } = [];

    /// <summary>A note for the user (semantic search unavailable…).</summary>
    public string? Note { get; init; }
}
