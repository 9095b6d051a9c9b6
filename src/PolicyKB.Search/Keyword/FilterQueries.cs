using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>Builds the query that restricts results to the filters; it never changes scores (used as a filter).</summary>
internal static class FilterQueries
{
    public static Query? Create(SearchFilters filters)
    {
        var query = new BooleanQuery();
        // The per-document markers are never results.
        query.Add(new MatchAllDocsQuery(), Occur.MUST);
        query.Add(new TermQuery(new Term(ClauseFields.Kind, "__document")), Occur.MUST_NOT);
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
