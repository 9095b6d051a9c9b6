using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Translation;

/// <summary>
/// The words of the translation model: folded two-syllable units ("hoc phi", "nguoi cao"), the very terms of the
/// keyword index's folded shingle field, so a translated word is one term lookup at search time. Vietnamese words
/// are mostly two syllables; a lone syllable ("phí", "già") is too ambiguous to translate, and a longer word is
/// covered by its overlapping pairs. Pairs never span punctuation, and syllables holding digits are left out
/// (numbers are not translated).
/// </summary>
public static class TranslationUnits
{
    /// <summary>The units of <paramref name="text"/> in text order (repeats kept).</summary>
    public static List<string> Of(string? text)
    {
        var units = new List<string>();
        if (string.IsNullOrEmpty(text)) return units;
        string? previous = null;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                var syllable = text[start..i];
                start = -1;
                if (syllable.Any(char.IsDigit))
                {
                    previous = null;
                    continue;
                }
                var folded = VietnameseNormalizer.Fold(syllable);
                if (previous is not null) units.Add(previous + " " + folded);
                previous = folded;
            }
            // Whitespace keeps the run going; any other character (punctuation, a symbol) ends it.
            if (i < text.Length && !char.IsWhiteSpace(text[i])) previous = null;
        }
        return units;
    }

    /// <summary>The term of <paramref name="unit"/> in the keyword index's folded shingle fields.</summary>
    public static string Term(string unit) => unit.Replace(" ", VietnameseAnalyzer.ShingleSeparator, StringComparison.Ordinal);
}
