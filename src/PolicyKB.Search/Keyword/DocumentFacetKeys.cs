using System.Globalization;
using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A document's filter values as its clauses index them (<see cref="FacetValues"/>), worked out once per document:
/// every clause carries the same ones, and folding them again clause after clause was the index step's own work.
/// </summary>
/// <param name="Type">The type's key, null when the document has none.</param>
/// <param name="Issuer">The issuer's key, null when none.</param>
/// <param name="Province">The province's key, null when none.</param>
/// <param name="Year">The year of issue, null when not known.</param>
internal sealed record DocumentFacetKeys(string? Type, string? Issuer, string? Province, string? Year)
{
    /// <summary>The keys of a document with <paramref name="metadata"/>.</summary>
    public static DocumentFacetKeys Of(DocumentMetadata metadata) => new(
        metadata.Type is { Length: > 0 } type ? FacetValues.Key(type) : null,
        metadata.Issuer is { Length: > 0 } issuer ? FacetValues.Key(issuer) : null,
        FacetValues.Province(metadata) is { Length: > 0 } province ? FacetValues.Key(province) : null,
        metadata.IssuedOn is { } date ? date.Year.ToString(CultureInfo.InvariantCulture) : null);
}
