using PolicyKB.Documents;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>The filterable values of a document: folded, lowercase, so filters ignore case and diacritics.</summary>
public static class FacetValues
{
    private static readonly string[] ProvinceMarkers = ["tỉnh ", "thành phố ", "tp. ", "tp "];

    /// <summary>Normalised filter key for a free-text value.</summary>
    public static string Key(string value) => string.Join(' ', VietnameseNormalizer.Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The province or city a document belongs to: the place of issue when printed ("Hà Tĩnh, ngày …"), otherwise what
    /// follows "tỉnh"/"thành phố" in the issuer ("UBND tỉnh Hà Tĩnh" → "Hà Tĩnh").
    /// </summary>
    public static string? Province(DocumentMetadata metadata)
    {
        if (!string.IsNullOrWhiteSpace(metadata.Place)) return metadata.Place.Trim();
        var issuer = metadata.Issuer;
        if (string.IsNullOrEmpty(issuer)) return null;
        foreach (var marker in ProvinceMarkers)
        {
            var at = issuer.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return issuer[(at + marker.Length)..].Trim();
        }
        return null;
    }
}
