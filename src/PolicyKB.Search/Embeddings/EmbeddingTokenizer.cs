using System.Globalization;
using System.Text;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Splits text into lowercased NFC syllables for the embedding model: runs of letters and digits, with sentence and
/// punctuation breaks recorded so multi-syllable units and training contexts respect them. A run that starts with a
/// number and continues through "/" (and "-") stays one token, because document numbers are written that way
/// (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Số: 281/QĐ-TTg", "58-NQ/TW"). Never throws.
/// </summary>
public static class EmbeddingTokenizer
{
    /// <summary>Tokens longer than this (base64 blobs, run-together garbage) are dropped: no vocabulary holds them.</summary>
    public const int MaxTokenLength = 48;

    /// <summary>Tokenises <paramref name="text"/> into a new list.</summary>
    public static List<EmbeddingToken> Tokenize(string? text)
    {
        var tokens = new List<EmbeddingToken>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>; the first one carries a sentence break.</summary>
    public static void Tokenize(string? text, List<EmbeddingToken> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrEmpty(text)) return;
        if (!IsNormalizedSafe(text)) text = NormalizeSafe(text);
        var pending = TokenBreak.Sentence;
        var newlines = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var end = ScanRun(text, i);
                var tokenEnd = DocumentNumberEnd(text, i, end);
                if (tokenEnd - i <= MaxTokenLength)
                {
                    output.Add(new EmbeddingToken(Lower(text, i, tokenEnd), pending));
                    pending = TokenBreak.None;
                }
                else if (pending == TokenBreak.None) pending = TokenBreak.Punctuation;
                newlines = 0;
                i = tokenEnd;
                continue;
            }
            if (c == '\n')
            {
                if (++newlines >= 2) pending = TokenBreak.Sentence;
            }
            else if (!char.IsWhiteSpace(c))
            {
                newlines = 0;
                var ends = c is '!' or '?' or ';' or ':' or '…' || (c == '.' && !BetweenDigits(text, i));
                var level = ends ? TokenBreak.Sentence : TokenBreak.Punctuation;
                if (level > pending) pending = level;
            }
            i++;
        }
    }

    private static bool IsWordChar(char c)
    {
        if (c < 0x80) return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static int ScanRun(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsWordChar(text[i])) i++;
        return i;
    }

    /// <summary>Extends a run that starts with a digit through "/" and "-" joins, if at least one "/" occurs.</summary>
    private static int DocumentNumberEnd(string text, int start, int runEnd)
    {
        if (!char.IsAsciiDigit(text[start])) return runEnd;
        var end = runEnd;
        var sawSlash = false;
        var j = runEnd;
        while (j + 1 < text.Length && text[j] is ('/' or '-') && IsWordChar(text[j + 1]))
        {
            sawSlash |= text[j] == '/';
            j = ScanRun(text, j + 1);
            if (sawSlash) end = j;
        }
        return end;
    }

    private static bool BetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static string Lower(string text, int start, int end) =>
        string.Create(end - start, (text, start), static (span, state) =>
        {
            var source = state.text.AsSpan(state.start, span.Length);
            for (var k = 0; k < span.Length; k++) span[k] = char.ToLowerInvariant(source[k]);
        });

    // Lone surrogates make Normalize throw; such text is left as it is (the tokens are then merely unusual).
    private static bool IsNormalizedSafe(string text)
    {
        try { return text.IsNormalized(NormalizationForm.FormC); }
        catch (ArgumentException) { return true; }
    }

    private static string NormalizeSafe(string text)
    {
        try { return text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }
}
