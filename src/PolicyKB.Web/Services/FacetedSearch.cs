using PolicyKB.Search;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>
/// Runs a search and adds the facets. Facets count documents over the whole collection (type, issuer, province, year),
/// not over the query's hits: the search service answers with one page of hydrated hits, and hydrating its whole
/// candidate pool just to count it would cost several times the search itself. Counts over the collection are
/// cheap, stable while the user types, and still tell which filters can narrow a search.
/// </summary>
public sealed class FacetedSearch(SearchService search, DocumentCatalog catalog)
{
    /// <summary>The page of hits with facets. Throws <see cref="SearchQueryException"/> for a query that cannot run.</summary>
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        // The keyword index keeps facet values folded; resolving to the exact documents first keeps "Sở Y tế tỉnh Hà Tĩnh" from matching Hà Giang's.
        var exact = request with { Filters = catalog.Resolve(request.Filters) };
        var page = await search.SearchAsync(exact, cancellationToken).ConfigureAwait(false);
        // Matching hits and "Có thể liên quan" hits are two groups of the same ranked page.
        return new SearchResult(page.Query, page.Mode, page.TookMs, page.Total, request.Offset, page.Hits.Where(h => h.Matches).ToList(), catalog.Facets())
        {
            Related = page.Hits.Where(h => !h.Matches).ToList(),
            Shown = page.Shown,
            Suggestions = page.Suggestions,
            NamedDocuments = page.NamedDocuments,
            References = page.References,
            Note = page.Note,
        };
    }
}
