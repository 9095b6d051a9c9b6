using PolicyKB.Documents;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search;

/// <summary>Whether a document passes the document-level filters (type, issuer, province, year, id).</summary>
public static class DocumentFilter
{
    /// <summary>True when <paramref name="document"/> matches every document-level filter set.</summary>
    public static bool Matches(PolicyDocument document, SearchFilters filters)
    {
        var m = document.Metadata;
        if (filters.DocumentId is { } id && document.Id != id) return false;
        if (filters.Type is { } type && (m.Type is null || FacetValues.Key(m.Type) != FacetValues.Key(type))) return false;
        if (filters.Year is { } year && m.IssuedOn?.Year != year) return false;
        if (filters.Province is { } province && (FacetValues.Province(m) is not { } p || FacetValues.Key(p) != FacetValues.Key(province))) return false;
        if (filters.Issuer is { } issuer && (m.Issuer is null || !FacetValues.Key(m.Issuer).Contains(FacetValues.Key(issuer), StringComparison.Ordinal))) return false;
        return true;
    }
}
