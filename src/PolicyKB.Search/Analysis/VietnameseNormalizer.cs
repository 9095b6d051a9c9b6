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
    /// <summary>Latin letters and combining marks fold one character at a time (see <see cref="TryFold"/>).</summary>
    private static readonly char[] _latin = BuildLatinTable();

    /// <summary>Marks a character of the Latin ranges that does not fold to at most one character.</summary>
    private const char Slow = '\uFFFF';

    /// <summary>NFC, lowercase (invariant), "Ð" look-alike mapped to "đ".</summary>
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ').ToLowerInvariant();

    /// <summary>The text without diacritics, lowercase: "Quyết định" → "quyet dinh".</summary>
    public static string Fold(string text)
    {
        if (text.Length <= 256)
        {
            Span<char> folded = stackalloc char[text.Length];
            if (TryFold(text, folded, out var written))
            {
                return folded[..written].SequenceEqual(text) ? text : new string(folded[..written]);
            }
        }
        return FoldSlowly(text);
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> exactly as <see cref="Fold"/> does, without
    /// allocating, when the text is Latin script (ASCII, Latin-1, Latin Extended-A/B, the Vietnamese letters of Latin
    /// Extended Additional) or combining marks; false otherwise, and when <paramref name="destination"/> is too short.
    /// Per character is exact there: the marks NFD splits off are all dropped, and Latin letters never compose with
    /// one another under NFC. Folding a word of a search result costs four strings the slow way.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in text)
        {
            char f;
            if (c < 0x80) f = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            else if (LatinIndex(c) is var i and >= 0 && _latin[i] != Slow) f = _latin[i];
            else return false;
            if (f == '\0') continue;
            if (written == destination.Length) return false;
            destination[written++] = f;
        }
        return true;
    }

    /// <summary>True when the text carries any Vietnamese diacritic (or đ).</summary>
    public static bool HasDiacritics(string text) => !string.Equals(Fold(text), text.ToLowerInvariant(), StringComparison.Ordinal);

    private static string FoldSlowly(string text)
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

    /// <summary>Index in the Latin table: U+0080–U+024F, U+0300–U+036F, U+1E00–U+1EFF; -1 outside.</summary>
    private static int LatinIndex(char c) => c switch
    {
        >= '\u0080' and <= '\u024F' => c - 0x80,
        >= '\u0300' and <= '\u036F' => 0x1D0 + (c - 0x300),
        >= '\u1E00' and <= '\u1EFF' => 0x240 + (c - 0x1E00),
        _ => -1,
    };

    /// <summary>Each character's fold, computed the slow way once: '\0' when it folds to nothing, <see cref="Slow"/> when to more than one character.</summary>
    private static char[] BuildLatinTable()
    {
        var table = new char[0x340];
        foreach (var (start, end) in new[] { (0x80, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF) })
        {
            for (var c = start; c <= end; c++)
            {
                var folded = FoldSlowly(((char)c).ToString());
                table[LatinIndex((char)c)] = folded.Length switch { 0 => '\0', 1 => folded[0], _ => Slow };
            }
        }
        return table;
    }
}
