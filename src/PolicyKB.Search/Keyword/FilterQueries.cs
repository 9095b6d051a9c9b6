using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>Builds the filter that restricts results to the filters; it never changes scores.</summary>
internal static class FilterQueries
{
    /// <summary>
    /// The filter, or null when <paramref name="filters"/> are empty. No filter is needed then: the per-document
    /// markers hold only the document id, content hash and kind fields, which no search or match query names, and
    /// result lists skip any hit without a clause id. The filter it replaced (every document but the markers) was
    /// built, weighed and leap-frogged with the query on every search.
    /// </summary>
    public static Filter? Create(SearchFilters filters) => filters.IsEmpty ? null : new QueryWrapperFilter(Query(filters));

    private static Query Query(SearchFilters filters)
    {
        var query = new BooleanQuery();
        // The per-document markers are never results.
        query.Add(new MatchAllDocsQuery(), Occur.MUST);
        query.Add(new TermQuery(new Term(ClauseFields.Kind, ClauseFields.MarkerKind)), Occur.MUST_NOT);
        if (filters.Type is { } type) query.Add(new TermQuery(new Term(ClauseFields.Type, FacetValues.Key(type))), Occur.MUST);
        if (filters.Province is { } province) query.Add(new TermQuery(new Term(ClauseFields.Province, FacetValues.Key(province))), Occur.MUST);
        if (filters.Year is { } year) query.Add(new TermQuery(new Term(ClauseFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.MUST);
        if (filters.Kind is { } kind) query.Add(new TermQuery(new Term(ClauseFields.Kind, kind.ToLowerInvariant())), Occur.MUST);
        if (filters.DocumentId is { } doc) query.Add(new TermQuery(new Term(ClauseFields.DocumentId, doc)), Occur.MUST);
        // The exact facet match (DocumentFilter.Resolve); the folded facet terms only narrow it cheaply.
        if (filters.DocumentIds is { Count: 0 }) query.Add(new MatchAllDocsQuery(), Occur.MUST_NOT);
        else if (filters.DocumentIds is { } ids)
        {
            query.Add(new ConstantScoreQuery(new TermsFilter(ids.Select(id => new Term(ClauseFields.DocumentId, id)).ToList())), Occur.MUST);
        }
        if (filters.Issuer is { } issuer)
        {
            foreach (var word in FacetValues.Key(issuer).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                query.Add(new TermQuery(new Term(ClauseFields.Issuer, word)), Occur.MUST);
            }
        }
        return query;
    }
}
