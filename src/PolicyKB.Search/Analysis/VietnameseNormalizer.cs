using System.Globalization;
using System.Text;

namespace PolicyKB.Search.Analysis;

/// <summary>
/// Pure text normalisation for Vietnamese search (no Lucene types, like Lucene's PersianNormalizer):
/// NFC and lowercase for exact matching, and diacritic folding (NFD, drop combining marks, đ → d) so
/// "bao hiem y te" meets "bảo hiểm y tế".
/// </summary>
public static class VietnameseNormalizer
{
    /// <summary>NFC, lowercase (invariant), "Ð" look-alike mapped to "đ".</summary>
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ').ToLowerInvariant();

    /// <summary>The text without diacritics, lowercase: "Quyết định" → "quyet dinh".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' or 'Đ' or '\u00D0' or '\u00F0' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the text carries any Vietnamese diacritic (or đ).</summary>
    public static bool HasDiacritics(string text) => !string.Equals(Fold(text), text.ToLowerInvariant(), StringComparison.Ordinal);
}
