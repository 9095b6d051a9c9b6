using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Turns Vietnamese text into comparable syllable keys. A key keeps the vowel shapes (ă, â, ê, ô, ơ, ư, đ) and the tone,
/// but not where the tone mark sits, so the old and new placements ("hoà"/"hòa", "khoẻ"/"khỏe") meet; a final "y" after
/// a consonant becomes "i" ("bác sỹ"/"bác sĩ", "kỹ"/"kĩ"), the spelling variants officials use side by side.
/// "lượng" and "lương" stay apart, which plain diacritic folding would merge. Numbers keep their digits and separators,
/// but a small count padded with a zero ("04") is read as the count ("4").
/// </summary>
public static partial class SyllableKeys
{
    private const string Vowels = "aăâeêioôơuưy";

    /// <summary>The keys of every token of <paramref name="text"/>, in order. Never throws.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="fold">True to drop tones and vowel shapes as well (for questions typed without diacritics).</param>
    public static List<string> Keys(string? text, bool fold = false)
    {
        var keys = new List<string>();
        if (string.IsNullOrEmpty(text)) return keys;
        foreach (Match token in Token().Matches(text))
        {
            var key = Key(token.Value, fold);
            if (key.Length > 0) keys.Add(key);
        }
        return keys;
    }

    /// <summary>The tokens of <paramref name="text"/> as printed (words and numbers), in order.</summary>
    public static IEnumerable<Match> Tokens(string? text) => string.IsNullOrEmpty(text) ? [] : Token().Matches(text);

    /// <summary>The key of one token.</summary>
    public static string Key(string token, bool fold = false)
    {
        if (token.Length == 0) return token;
        if (char.IsDigit(token[0])) return PaddedCount().IsMatch(token) ? token.TrimStart('0') : token.Replace(',', '.');
        var decomposed = TextSanitizer.Clean(token).Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        var tone = '\0';
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case '\u0300': tone = '1'; break;
                case '\u0301': tone = '2'; break;
                case '\u0303': tone = '3'; break;
                case '\u0309': tone = '4'; break;
                case '\u0323': tone = '5'; break;
                default:
                    if (fold && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) break;
                    letters.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        var key = letters.ToString().Normalize(NormalizationForm.FormC);
        if (fold) key = key.Replace('đ', 'd');
        key = FinalYAsI(key);
        return fold || tone == '\0' ? key : key + tone;
    }

    /// <summary>True when the token is a number that can state a quantity (not a year such as 2021).</summary>
    public static bool IsQuantity(string token)
    {
        if (token.Length == 0 || !char.IsDigit(token[0])) return false;
        return !(token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1945 and <= 2100);
    }

    private static string FinalYAsI(string key)
    {
        if (key == "qui") return "quy";
        if (key.Length < 2 || key[^1] != 'y') return key;
        if (key == "quy" || Vowels.Contains(key[^2], StringComparison.Ordinal)) return key;
        return key[..^1] + "i";
    }

    /// <summary>
    /// A count written with a leading zero ("04 tuổi", "03 tháng", "01 năm"), read as the count itself ("4 tuổi"): documents
    /// pad small counts, questions do not. Longer numbers (a số hiệu "0130") keep their digits.
    /// </summary>
    [GeneratedRegex(@"^0[1-9]\d?$")]
    private static partial Regex PaddedCount();

    /// <summary>Numbers with their separators ("36,5", "10.000") and words.</summary>
    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{M}]+")]
    private static partial Regex Token();
}
