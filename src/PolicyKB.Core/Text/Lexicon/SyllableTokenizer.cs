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
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
