using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Text;

/// <summary>
/// The words that open a numbered division of a legal document (Nghị định 34/2016/NĐ-CP Điều 58: Phần, Chương, Mục,
/// Điều, Khoản) as Tesseract misreads their marks ("Diều 5.", "Điểu 5.", "CHUONG II", "Khoan 2"). A word before a
/// number is read as the keyword whose letters it has once the marks are set aside, when the lexicon says the word as
/// read is rare beside the keyword (so "Mức 1" stays "Mức": a common word of its own).
/// </summary>
internal static partial class HeadingKeywords
{
    private static readonly string[] Keywords = ["Điều", "Chương", "Mục", "Khoản", "Phần"];

    // A spelling seen at least this share as often as the keyword is a word of its own, not a misreading.
    private const double OwnWordShare = 0.05;

    /// <summary>The line with its opening keyword respelled, or null when it opens with none misread.</summary>
    public static string? Repair(string text)
    {
        var m = Opening().Match(text);
        if (!m.Success) return null;
        var word = m.Groups["word"].Value;
        // A division opens with a capital; "dieu 5 của Luật" wrapped from the line before is running text.
        if (!char.IsUpper(word[0])) return null;
        var bare = Bare(word);
        foreach (var keyword in Keywords)
        {
            if (Bare(keyword) != bare || string.Equals(word, keyword, StringComparison.OrdinalIgnoreCase)) continue;
            if (IsCommonWord(word.ToLowerInvariant(), keyword.ToLowerInvariant())) return null;
            var spelled = word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? keyword.ToUpperInvariant() : keyword;
            return spelled + text[word.Length..];
        }
        return null;
    }

    private static bool IsCommonWord(string read, string keyword)
    {
        if (SyllableLexicon.Default is not { } lexicon) return true;
        var counts = lexicon.SurfaceCounts;
        return counts.GetValueOrDefault(read) >= OwnWordShare * Math.Max(1, counts.GetValueOrDefault(keyword));
    }

    /// <summary>Lower-case letters without marks, "đ" as "d": what is left of a word whose marks were misread.</summary>
    internal static string Bare(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString();
    }

    // The word, then a number: Arabic for an article or clause, Roman for a part, chapter or section.
    [GeneratedRegex(@"^(?<word>\p{L}{3,6})\s+(?:\d{1,3}|[IVXL]{1,6})\b")]
    private static partial Regex Opening();
}
