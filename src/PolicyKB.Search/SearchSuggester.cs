using PolicyKB.Search.Analysis;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search;

/// <summary>
/// Proposes, when a query matched nothing, the queries that would: the query without diacritics (a typo in a mark
/// then no longer matters), the query with an abbreviation expanded or an expression abbreviated (content/search/
/// synonyms.tsv), and the same query without its filters. Only suggestions that really match something are offered.
/// </summary>
public sealed class SearchSuggester(SynonymTable synonyms, MatchQueryBuilder matcher, IKeywordIndex keyword)
{
    /// <summary>The suggestions for <paramref name="request"/>, whose query matched nothing.</summary>
    public IReadOnlyList<SearchSuggestion> Suggest(SearchRequest request)
    {
        var suggestions = new List<SearchSuggestion>();
        var terms = QueryTermsParser.Parse(request.Query);
        var folded = string.Join(' ', terms.Words.Select(VietnameseNormalizer.Fold));
        if (VietnameseNormalizer.HasDiacritics(request.Query))
        {
            Add(suggestions, "no-diacritics", folded, $"Tìm không dấu: “{folded}”", request.Filters);
        }
        if (Expanded(terms.Words) is { } expanded)
        {
            Add(suggestions, "abbreviation", expanded, $"Tìm với từ viết tắt/đầy đủ: “{expanded}”", request.Filters);
        }
        if (!request.Filters.IsEmpty)
        {
            Add(suggestions, "no-filters", request.Query, "Bỏ bộ lọc và tìm trong toàn bộ kho", new SearchFilters());
        }
        return suggestions;
    }

    private void Add(List<SearchSuggestion> suggestions, string kind, string query, string label, SearchFilters filters)
    {
        if (suggestions.Any(s => s.Query == query && kind != "no-filters")) return;
        if (matcher.Build(QueryTermsParser.Parse(query)) is not { } built) return;
        var (total, _) = keyword.Match(built, filters, []);
        if (total > 0) suggestions.Add(new SearchSuggestion(kind, query, label, total));
    }

    /// <summary>The words with the first expression the synonym table knows replaced by its first equivalent.</summary>
    private string? Expanded(IReadOnlyList<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = Math.Min(synonyms.LongestPhrase, words.Count - start); length >= 1; length--)
            {
                if (synonyms.Expand(words, start, length) is not [var first, ..]) continue;
                return string.Join(' ', words.Take(start).Concat(first).Concat(words.Skip(start + length)));
            }
        }
        return null;
    }
}
