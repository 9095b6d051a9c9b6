namespace PolicyKB.Web.Models;

/// <summary>A facet value with its count.</summary>
/// <param name="Value">The value as displayed ("Kế hoạch", "Hà Tĩnh", "2021").</param>
/// <param name="Count">How many items have it.</param>
public sealed record FacetCount(string Value, int Count);
