using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>
/// Counts facet values. Values that differ only in case or spacing ("UBND tỉnh Hà Tĩnh", "UBND Tỉnh  Hà Tĩnh") are one
/// value, as the filters treat them (<see cref="DocumentFilter.ValueKey"/>); values that differ in a diacritic ("Hà
/// Tĩnh", "Hà Tình") are two. The spelling shown is the most frequent one.
/// </summary>
public static class FacetCounter
{
    /// <summary>Counts, for each metadata in <paramref name="items"/> (one per clause or per document), its type, issuer, province and year.</summary>
    public static SearchFacets Count(IEnumerable<DocumentMetadata> items)
    {
        var list = items as IReadOnlyCollection<DocumentMetadata> ?? items.ToList();
        return new SearchFacets(
            Tally(list.Select(m => m.Type)),
            Tally(list.Select(m => m.Issuer)),
            Tally(list.Select(FacetValues.Province)),
            Tally(list.Select(m => m.IssuedOn?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static IReadOnlyList<FacetCount> Tally(IEnumerable<string?> values) => values
        .Where(v => !string.IsNullOrWhiteSpace(v))
        .Select(v => v!.Trim())
        .GroupBy(DocumentFilter.ValueKey, StringComparer.Ordinal)
        .Select(g => new FacetCount(g.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(s => s.Count()).First().Key, g.Count()))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
        .ToList();
}
