namespace PolicyKB.Text;

/// <summary>
/// Answers the platform gives through ICU, one call per character or string, kept or decided here for the characters
/// Vietnamese text is made of. The answers are the platform's own: only how often ICU is asked changes.
/// </summary>
internal static class FastCharacters
{
    // Latin, Greek, Cyrillic, the precomposed Vietnamese letters of Latin Extended Additional, and the dashes, quotes
    // and other punctuation of U+2000–U+206F (every '–' and '“' of a text went to ICU one character at a time).
    private const int LowerTableSize = 0x2070;

    private static readonly char[] Lower = Enumerable.Range(0, LowerTableSize).Select(c => char.ToLowerInvariant((char)c)).ToArray();

    private static readonly char[] Upper = Enumerable.Range(0, LowerTableSize).Select(c => char.ToUpperInvariant((char)c)).ToArray();

    /// <summary><see cref="char.ToLowerInvariant"/>, from a table for the common characters.</summary>
    public static char ToLowerInvariant(char c) => c < LowerTableSize ? Lower[c] : char.ToLowerInvariant(c);

    /// <summary><see cref="char.ToUpperInvariant"/>, from a table for the common characters.</summary>
    public static char ToUpperInvariant(char c) => c < LowerTableSize ? Upper[c] : char.ToUpperInvariant(c);

    /// <summary>
    /// <see cref="string.ToLowerInvariant"/>: the invariant culture maps character by character, so a text made only of
    /// the table's characters is mapped from the table instead of through a call into ICU per string (repair, layout and
    /// citations lower-case words and lines by the hundred thousand). Any other text is left to the platform.
    /// </summary>
    public static string ToLowerInvariant(string text) => Map(text, Lower) ?? text.ToLowerInvariant();

    /// <summary><see cref="string.ToUpperInvariant"/>, as <see cref="ToLowerInvariant(string)"/>.</summary>
    public static string ToUpperInvariant(string text) => Map(text, Upper) ?? text.ToUpperInvariant();

    /// <summary>The text mapped through <paramref name="table"/> (itself when nothing changes); null when a character is beyond it.</summary>
    private static string? Map(string text, char[] table)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= LowerTableSize) return null;
            if (first < 0 && table[c] != c) first = i;
        }
        if (first < 0) return text;
        return string.Create(text.Length, (text, table, first), static (span, state) =>
        {
            var (source, map, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++) span[i] = map[source[i]];
        });
    }

    /// <summary>
    /// True when every character is one whose NFC quick-check property is "yes" and that never combines with a neighbour:
    /// Latin below the combining diacritics (U+0000–U+02FF), the precomposed Vietnamese letters of Latin Extended
    /// Additional (U+1E00–U+1EFF) and the dashes, quotes and ellipsis of U+2010–U+2027. Such text is its own
    /// normalisation form C, so it need not be normalised (false says nothing: the text may still be composed).
    /// </summary>
    public static bool IsSurelyComposed(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2010' and <= '\u2027') continue;
            return false;
        }
        return true;
    }
}
