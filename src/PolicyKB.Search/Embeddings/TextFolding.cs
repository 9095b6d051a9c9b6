using System.Globalization;
using System.Text;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Diacritic folding for Vietnamese: NFD, drop combining marks, đ→d, lowercase. "Bảo hiểm Y tế" folds to
/// "bao hiem y te", so text typed without diacritics (or with a wrong tone mark) can be matched to the accented
/// vocabulary.
/// </summary>
public static class TextFolding
{
    // Folding is per character for precomposed Latin letters, so a table built once from NFD replaces a
    // Normalize() call per token (the encoder folds every token it sees).
    private static readonly char[] _table = BuildTable();

    private const int TableEnd = 0x1F00;

    /// <summary>Folds <paramref name="text"/>; never throws, returns the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && FoldChar(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var f = FoldChar(text[i]);
            if (f != '\0') sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>The folded form of one character, or '\0' for a combining mark (dropped).</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        if (c < TableEnd) return _table[c];
        return char.ToLowerInvariant(c);
    }

    private static char[] BuildTable()
    {
        var table = new char[TableEnd];
        for (var c = 0; c < TableEnd; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) { table[c] = ch; continue; }
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                table[c] = '\0';
                continue;
            }
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = char.ToLowerInvariant(decomposed[0]);
            table[c] = baseChar == 'đ' ? 'd' : baseChar;
        }
        return table;
    }
}
