namespace PolicyKB.Web.Models;

/// <summary>Counts per document type, issuer, province and year, most frequent first.</summary>
/// <param name="Type">Document types.</param>
/// <param name="Issuer">Issuing bodies.</param>
/// <param name="Province">Provinces and cities.</param>
/// <param name="Year">Years of issue.</param>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Type, IReadOnlyList<FacetCount> Issuer, IReadOnlyList<FacetCount> Province, IReadOnlyList<FacetCount> Year);
