using System.Globalization;
using System.Text;

namespace PolicyKB.Metadata;

/// <summary>Small text helpers for Vietnamese: accent folding for matching, casing, whitespace.</summary>
internal static class VietnameseText
{
    /// <summary>
    /// Matching key: upper case with the tone mark of "oa/oe/uy" syllables put in one place ("Uỷ ban" and
    /// "ỦY BAN" both give "ỦY BAN", "Thanh Hoá" and "THANH HÓA" both give "THANH HÓA"), because old and new
    /// orthography coexist in official texts. Diacritics are kept: "SỞ" and "SỐ" differ.
    /// </summary>
    public static string Fold(string text)
    {
        // Most lines are already composed: skipping ICU's normalisation for them halves the cost of a fold.
        var upper = PolicyKB.Text.FastCharacters.ToUpperInvariant(PolicyKB.Text.FastCharacters.IsSurelyComposed(text) ? text : text.Normalize(NormalizationForm.FormC));
        if (upper.IndexOfAny(OldTones) < 0) return upper;
        var sb = new StringBuilder(upper);
        foreach (var (from, to) in TonePairs) sb.Replace(from, to);
        return sb.ToString();
    }

    private static readonly (string From, string To)[] TonePairs =
    [
        ("UỶ", "ỦY"), ("UÝ", "ÚY"), ("UỲ", "ÙY"), ("UỸ", "ŨY"), ("UỴ", "ỤY"),
        ("OÀ", "ÒA"), ("OÁ", "ÓA"), ("OẢ", "ỎA"), ("OÃ", "ÕA"), ("OẠ", "ỌA"),
        ("OÈ", "ÒE"), ("OÉ", "ÓE"), ("OẺ", "ỎE"), ("OẼ", "ÕE"), ("OẸ", "ỌE"),
    ];

    private static readonly char[] OldTones = TonePairs.Select(p => p.From[1]).Distinct().ToArray();

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    /// <remarks>
    /// The same rule as <see cref="PolicyKB.Text.VietnameseText.CollapseSpaces"/>, which returns a text that needs no
    /// squashing as it is: layout and metadata squash most lines (each line, each trailer piece), and most are clean.
    /// </remarks>
    public static string Squash(string text) => PolicyKB.Text.VietnameseText.CollapseSpaces(text);

    /// <summary>True when the text has letters and none of them is lower case (headings, letterheads, type lines).</summary>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters > 0;
    }

    /// <summary>True when the text has at least one lower-case letter.</summary>
    public static bool HasLower(string text) => text.Any(char.IsLower);

    /// <summary>"ĐẮK" → "Đắk": first letter upper, the rest lower.</summary>
    public static string TitleWord(string word)
    {
        if (word.Length == 0) return word;
        var lower = PolicyKB.Text.FastCharacters.ToLowerInvariant(word);
        for (var i = 0; i < lower.Length; i++)
        {
            if (!char.IsLetter(lower[i])) continue;
            return string.Concat(lower.AsSpan(0, i), PolicyKB.Text.FastCharacters.ToUpperInvariant(lower[i]).ToString(), lower.AsSpan(i + 1));
        }
        return lower;
    }

    /// <summary>Title case for every word ("HỒ CHÍ MINH" → "Hồ Chí Minh").</summary>
    public static string TitleWords(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TitleWord));

    /// <summary>Upper-cases the first letter, leaving the rest as it is.</summary>
    public static string CapitalizeFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            return string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1));
        }
        return text;
    }

    /// <summary>Lower-cases the first letter, leaving the rest as it is.</summary>
    public static string LowerFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            return string.Concat(text.AsSpan(0, i), char.ToLowerInvariant(text[i]).ToString(), text.AsSpan(i + 1));
        }
        return text;
    }

    /// <summary>True when the folded text starts with the folded keyword followed by a word boundary.</summary>
    public static bool StartsWithWord(string folded, string foldedKeyword) =>
        folded.StartsWith(foldedKeyword, StringComparison.Ordinal)
        && (folded.Length == foldedKeyword.Length || !char.IsLetterOrDigit(folded[foldedKeyword.Length]));

    /// <summary>Removes emphasis and table debris a line may still carry at its ends ("*", "|", quotes of bold runs).</summary>
    public static string TrimDecoration(string text) => text.Trim().Trim('*', '|', '_', ' ', '\t').Trim();
}
