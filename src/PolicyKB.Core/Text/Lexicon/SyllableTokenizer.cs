namespace PolicyKB.Text;

/// <summary>
/// Splits text into syllables (maximal letter runs) for the lexicon. Two syllables are neighbours, and form
/// a bigram, only when nothing but whitespace separates them: punctuation and digits break the chain.
/// </summary>
internal static class SyllableTokenizer
{
    /// <summary>Calls <paramref name="onToken"/> for every letter run with whether it follows the previous one across whitespace only.</summary>
    public static void Tokenize(string text, Action<string, bool> onToken)
    {
        var i = 0;
        var chained = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                onToken(text[start..i], chained);
                chained = true;
                continue;
            }
            if (!char.IsWhiteSpace(c)) chained = false;
            i++;
        }
    }

    /// <summary>Letters and the combining marks a stray NFD sequence may leave inside a word.</summary>
    /// <remarks>
    /// Read from a table of the platform's own answers for every UTF-16 unit (64 KB, made once): repair, layout and
    /// parsing ask it of nearly every character of every file, and outside Latin-1 each answer was a Unicode category
    /// look-up, twice for a non-letter.
    /// </remarks>
    public static bool IsWordChar(char c) => WordChars[c];

    private static readonly bool[] WordChars = MakeWordChars();

    private static bool[] MakeWordChars()
    {
        var table = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.IsLetter((char)c) || char.GetUnicodeCategory((char)c) == System.Globalization.UnicodeCategory.NonSpacingMark;
        }
        return table;
    }
}
