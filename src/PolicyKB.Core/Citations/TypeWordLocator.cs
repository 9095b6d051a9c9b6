namespace PolicyKB.Citations;

/// <summary>
/// Finds the type word printed before a number ("Quyết định số", "QĐ số", "Thông tư liên tịch số", "Luật số"), and a law's
/// name between "Luật" and "số" ("Luật Tổ chức Chính phủ số 63/2025/QH15"), so the span starts at the type word.
/// </summary>
internal static class TypeWordLocator
{
    private const int MaxLawNameLength = 110;

    /// <summary>What stands before a number.</summary>
    /// <param name="Start">Offset where the span should start (the number's own start when nothing precedes it).</param>
    /// <param name="Type">Full type word, or null.</param>
    /// <param name="LawName">Name between "Luật" and "số", or null.</param>
    public readonly record struct Prefix(int Start, string? Type, string? LawName);

    /// <summary>Looks back from <paramref name="numberStart"/>.</summary>
    public static Prefix Find(CitationContext ctx, int numberStart)
    {
        var k = BackOverSpaces(ctx.Text, numberStart);
        if (k > 0 && ctx.Text[k - 1] == ':') k = BackOverSpaces(ctx.Text, k - 1);
        var hasSo = k >= 2 && ctx.WordAt(k - 2, "số");
        // "… và số 22/2025/NĐ-CP": with the type word left out, the span starts at "số".
        var soStart = hasSo ? k - 2 : numberStart;
        if (hasSo) k = BackOverSpaces(ctx.Text, k - 2);

        foreach (var word in DocumentCodes.TypeWords)
        {
            var s = k - word.Length;
            if (s < 0 || ctx.IsWordChar(s - 1)) continue;
            if (string.CompareOrdinal(ctx.Lower, s, PolicyKB.Text.FastCharacters.ToLowerInvariant(word), 0, word.Length) != 0) continue;
            // Law types are capitalised in running text; lower-case "luật" is "pháp luật", not a document.
            if (word is "Luật" or "Bộ luật" or "Hiến pháp" && ctx.Text[s] != word[0]) continue;
            return new Prefix(s, word, null);
        }
        foreach (var (abbreviation, type) in DocumentCodes.TypeAbbreviations)
        {
            var s = k - abbreviation.Length;
            if (s < 0 || ctx.IsWordChar(s - 1)) continue;
            if (string.CompareOrdinal(ctx.Text, s, abbreviation, 0, abbreviation.Length) == 0) return new Prefix(s, type, null);
        }
        return hasSo ? FindLawName(ctx, k) ?? new Prefix(soStart, null, null) : new Prefix(numberStart, null, null);
    }

    private static Prefix? FindLawName(CitationContext ctx, int end)
    {
        if (end <= 0) return null;
        var from = Math.Max(0, end - MaxLawNameLength);
        var law = ctx.Text.LastIndexOf("Luật ", end - 1, end - from, StringComparison.Ordinal);
        var code = ctx.Lower.LastIndexOf("bộ luật ", end - 1, end - from, StringComparison.Ordinal);
        var isCode = code >= 0 && code + 3 >= law;
        var start = isCode ? code : law;
        if (start < 0 || ctx.IsWordChar(start - 1) || !char.IsUpper(ctx.Text[start])) return null;
        var nameStart = start + (isCode ? 8 : 5);
        if (nameStart >= end) return null;
        var name = ctx.Text[nameStart..end];
        if (name.IndexOfAny([';', ':', '(', ')', '.', '\n', '“', '"']) >= 0 || name.Any(char.IsDigit)) return null;
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 14) return null;
        return new Prefix(start, isCode ? "Bộ luật" : "Luật", name.Trim());
    }

    private static int BackOverSpaces(string text, int index)
    {
        while (index > 0 && (text[index - 1] == ' ' || text[index - 1] == '\t' || text[index - 1] == '\u00A0')) index--;
        return index;
    }
}
