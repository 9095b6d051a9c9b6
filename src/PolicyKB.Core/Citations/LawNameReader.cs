namespace PolicyKB.Citations;

/// <summary>
/// Reads the name after "Luật"/"Bộ luật"/"Pháp lệnh": first the enacted names of <see cref="KnownLawNames"/> (longest
/// match, so "Khám bệnh, chữa bệnh" keeps its comma), else word by word up to punctuation or a function word. A comma is
/// crossed only when a short lower-case segment follows and ends the list item ("Luật Cán bộ, công chức ngày …").
/// </summary>
internal static class LawNameReader
{
    private const int MaxWords = 12;

    /// <summary>Words that cannot begin or continue a law's name in running text.</summary>
    internal static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "số", "này", "năm", "và", "của", "về", "quy", "đã", "được", "các", "hiện", "theo", "trên", "tại", "hoặc", "như",
        "mới", "thì", "là", "có", "cho", "khi", "đó", "ngày", "sửa", "bởi", "với", "để", "nhằm", "trong", "đến", "từ",
        "hướng", "thi", "liên", "do", "những", "cũng", "phải", "không", "đang", "sẽ", "nêu", "gồm", "kèm",
    };

    /// <summary>A name read from the text.</summary>
    /// <param name="End">Offset just past the printed name.</param>
    /// <param name="Printed">The name as printed.</param>
    /// <param name="Canonical">The enacted name when known, else the printed one.</param>
    public readonly record struct LawName(int End, string Printed, string Canonical);

    /// <summary>Reads a name at <paramref name="start"/>; null when the next word cannot start a name ("Luật này", "Luật số").</summary>
    public static LawName? Read(CitationContext ctx, int start)
    {
        if (ReadKnown(ctx, start) is { } known) return known;
        var end = ReadWords(ctx, start);
        if (end <= start) return null;
        var text = ctx.Text[start..end];
        return new LawName(end, text, Expand(text) ?? text);
    }

    /// <summary>An enacted name of <see cref="KnownLawNames"/> (or a known misspelling) at <paramref name="start"/>, ignoring case.</summary>
    public static LawName? ReadKnown(CitationContext ctx, int start)
    {
        foreach (var (printed, name) in KnownLawNames.Entries)
        {
            if (start + printed.Length > ctx.Text.Length) continue;
            if (string.Compare(ctx.Text, start, printed, 0, printed.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (ctx.IsWordChar(start + printed.Length)) continue;
            return new LawName(start + printed.Length, ctx.Text.Substring(start, printed.Length), name);
        }
        return null;
    }

    /// <summary>
    /// "ATGT" of "Luật ATGT": an abbreviation of the project's list (content/search/synonyms.tsv) whose meaning is the
    /// name of a known law gives that law's enacted name.
    /// </summary>
    private static string? Expand(string printed)
    {
        if (!IsAcronym(printed) || !Facts.AgencyNames.AbbreviationList.TryGetValue(printed, out var meaning)) return null;
        return KnownLawNames.Find(meaning);
    }

    private static int ReadWords(CitationContext ctx, int start)
    {
        var text = ctx.Text;
        var pos = start;
        var end = start;
        for (var words = 0; words < MaxWords && pos < text.Length;)
        {
            var (wordEnd, word) = NextWord(text, pos);
            if (word.Length == 0 || StopWords.Contains(PolicyKB.Text.FastCharacters.ToLowerInvariant(word)) || char.IsDigit(word[0])) break;
            if (words > 0 && char.IsUpper(word[0]) && !IsAcronym(word) && !char.IsUpper(text[start])) break;
            end = wordEnd;
            words++;
            if (wordEnd >= text.Length) break;
            if (text[wordEnd] == ',')
            {
                var next = ctx.SkipSpaces(wordEnd + 1);
                if (!CommaSegmentContinues(ctx, next)) break;
                pos = next;
                continue;
            }
            if (text[wordEnd] != ' ') break;
            pos = ctx.SkipSpaces(wordEnd);
        }
        return end;
    }

    /// <summary>"…, chữa bệnh;" continues a name; "…, Luật Dược", "…, các sở" and long clauses do not.</summary>
    private static bool CommaSegmentContinues(CitationContext ctx, int pos)
    {
        var text = ctx.Text;
        for (var words = 0; words < 4 && pos < text.Length; words++)
        {
            var (wordEnd, word) = NextWord(text, pos);
            if (word.Length == 0) return false;
            var lower = PolicyKB.Text.FastCharacters.ToLowerInvariant(word);
            if (words == 0 && (!char.IsLower(word[0]) || StopWords.Contains(lower))) return false;
            if (words > 0 && (lower is "ngày" or "số" or "năm" or "và" or "được" || char.IsUpper(word[0]))) return true;
            if (wordEnd >= text.Length || text[wordEnd] is ';' or '.' or ')' or ',' or ':') return true;
            pos = ctx.SkipSpaces(wordEnd);
        }
        return false;
    }

    private static (int End, string Word) NextWord(string text, int pos)
    {
        var e = pos;
        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '-' && e > pos)) e++;
        return (e, text[pos..e]);
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => !char.IsLower(c));
}
