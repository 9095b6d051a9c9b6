using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>One page of the document list.</summary>
/// <param name="Items">The documents on the page, newest first.</param>
/// <param name="Total">Documents matching the filters.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Documents per page.</param>
/// <param name="Facets">Type, issuer, province and year counts over every stored document, for filter menus.</param>
public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Items, int Total, int Page, int PageSize, SearchFacets Facets);
