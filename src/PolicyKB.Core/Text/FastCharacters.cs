namespace PolicyKB.Text;

/// <summary>
/// Answers the platform gives through ICU, one call per character or string, kept or decided here for the characters
/// Vietnamese text is made of. The answers are the platform's own: only how often ICU is asked changes.
/// </summary>
internal static class FastCharacters
{
    // Latin, Greek, Cyrillic and the precomposed Vietnamese letters of Latin Extended Additional.
    private const int LowerTableSize = 0x1F00;

    private static readonly char[] Lower = Enumerable.Range(0, LowerTableSize).Select(c => char.ToLowerInvariant((char)c)).ToArray();

    /// <summary><see cref="char.ToLowerInvariant"/>, from a table for the common characters.</summary>
    public static char ToLowerInvariant(char c) => c < LowerTableSize ? Lower[c] : char.ToLowerInvariant(c);

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
