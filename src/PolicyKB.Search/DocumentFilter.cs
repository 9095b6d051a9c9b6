using PolicyKB.Documents;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search;

/// <summary>
/// Whether a document passes the document-level filters (type, issuer, province, year, id). A facet value matches
/// the document's value exactly once both are normalised (<see cref="ValueKey"/>): Unicode NFC, case and runs of
/// whitespace ignored, diacritics kept, so "Sở Y tế tỉnh Hà Tĩnh" never matches "Sở Y tế tỉnh Hà Giang" and "Hà
/// Tĩnh" never matches "Hà Tình". A value typed without any diacritics ("ha tinh", from a terminal without a
/// Vietnamese keyboard) cannot be accent-sensitive; it matches a whole value that folds to the same words.
/// </summary>
public static class DocumentFilter
{
    /// <summary>True when <paramref name="document"/> matches every document-level filter set.</summary>
    public static bool Matches(PolicyDocument document, SearchFilters filters)
    {
        var m = document.Metadata;
        if (filters.DocumentId is { } id && document.Id != id) return false;
        if (filters.DocumentIds is { } ids && !ids.Contains(document.Id)) return false;
        if (filters.Type is { } type && !SameValue(m.Type, type)) return false;
        if (filters.Year is { } year && m.IssuedOn?.Year != year) return false;
        if (filters.Province is { } province && !SameValue(FacetValues.Province(m), province)) return false;
        if (filters.Issuer is { } issuer && !SameValue(m.Issuer, issuer)) return false;
        return true;
    }

    /// <summary>
    /// The filters with the document-level facets resolved to the exact set of matching documents
    /// (<see cref="SearchFilters.DocumentIds"/>), so that an index which only keeps folded facet values (the keyword
    /// index) cannot let a near-namesake through. Filters without a document-level facet are returned unchanged.
    /// </summary>
    public static SearchFilters Resolve(SearchFilters filters, IEnumerable<PolicyDocument> documents)
    {
        if (filters.Type is null && filters.Issuer is null && filters.Province is null && filters.Year is null) return filters;
        var ids = documents.Where(d => Matches(d, filters)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return filters with { DocumentIds = ids };
    }

    /// <summary>
    /// The normalised form facet values are compared and grouped by: NFC, lowercase (invariant), whitespace runs
    /// collapsed to one space, trimmed, the "Ð" look-alike read as "Đ"; diacritics are kept.
    /// </summary>
    public static string ValueKey(string value) =>
        string.Join(' ', VietnameseNormalizer.Normalize(value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SameValue(string? actual, string wanted)
    {
        if (string.IsNullOrWhiteSpace(actual)) return false;
        if (!VietnameseNormalizer.HasDiacritics(VietnameseNormalizer.Normalize(wanted)))
        {
            return FacetValues.Key(actual) == FacetValues.Key(wanted);
        }
        return ValueKey(actual) == ValueKey(wanted);
    }
}
