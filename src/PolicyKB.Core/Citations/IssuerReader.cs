namespace PolicyKB.Citations;

/// <summary>
/// Reads the issuer printed after "của"/"do": "của Thủ tướng Chính phủ", "của UBND tỉnh Hà Tĩnh", "của Ban Bí thư".
/// The phrase ends at punctuation, at the verb or preposition that opens the trích yếu (" về ", " quy định", " ban hành"…),
/// or once the place name after an administrative unit ("tỉnh Hà Tĩnh") is complete.
/// </summary>
internal static class IssuerReader
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "về", "và", "tại", "theo", "nhằm", "đã", "được", "trong", "để", "với", "ngày", "năm", "số", "thì", "là", "khi",
        "đến", "cho", "của", "v/v", "trên", "kèm", "gồm", "như", "có", "sau", "này", "do",
    };

    private static readonly HashSet<string> StopBigrams = new(StringComparer.Ordinal)
    {
        "quy định", "ban hành", "phê duyệt", "hướng dẫn", "thực hiện", "triển khai", "sửa đổi", "kiện toàn", "thành lập",
        "giao chỉ", "chỉ đạo", "công bố", "bổ sung", "tổ chức", "thông qua",
    };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "tỉnh", "huyện", "quận", "xã", "phường", "phố" };

    private static readonly string[] ThreeWordPlaces = ["Hồ Chí Minh", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"];

    /// <summary>Reads an issuer phrase starting with "của"/"do" at <paramref name="index"/> (after blanks); -1 when none.</summary>
    public static int Read(CitationContext ctx, int index, out string? issuer)
    {
        issuer = null;
        var i = ctx.SkipSpaces(index);
        if (i < ctx.Text.Length && ctx.Text[i] == ',') i = ctx.SkipSpaces(i + 1);
        int start;
        if (ctx.WordAt(i, "của")) start = ctx.SkipSpaces(i + 3);
        else if (ctx.WordAt(i, "do")) start = ctx.SkipSpaces(i + 2);
        else return -1;
        if (start >= ctx.Text.Length || !char.IsUpper(ctx.Text[start])) return -1;

        var end = ReadKnown(ctx, start) ?? ReadWords(ctx, start);
        if (end <= start) return -1;
        issuer = ctx.Text[start..end].Trim();
        return end;
    }

    private static int? ReadKnown(CitationContext ctx, int start)
    {
        foreach (var name in KnownIssuers.Names)
        {
            if (start + name.Length > ctx.Text.Length) continue;
            if (string.CompareOrdinal(ctx.Text, start, name, 0, name.Length) != 0 || ctx.IsWordChar(start + name.Length)) continue;
            return start + name.Length;
        }
        return null;
    }

    private static int ReadWords(CitationContext ctx, int start)
    {
        var text = ctx.Text;
        var end = start;
        var pos = start;
        var words = 0;
        var afterUnit = -1; // capitalised words read after an administrative unit word, -1 before any unit
        while (pos < text.Length && words < MaxWords)
        {
            var wordEnd = pos;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && ",;:()[]“”\"".IndexOf(text[wordEnd]) < 0) wordEnd++;
            if (wordEnd == pos)
            {
                // "Bộ Lao động - Thương binh và Xã hội" style hyphens are handled by KnownIssuers; stop at anything else.
                break;
            }
            var word = text[pos..wordEnd].TrimEnd('.');
            var lower = PolicyKB.Text.FastCharacters.ToLowerInvariant(word);
            if (words > 0 && StopWords.Contains(lower)) break;
            if (words > 0 && StopBigrams.Contains(lower + " " + NextWord(ctx, wordEnd))) break;
            if (word.Length == 0 || char.IsDigit(word[0]) || word == "-") break;
            if (afterUnit >= 0)
            {
                if (!char.IsUpper(word[0])) break;
                afterUnit++;
                end = pos + word.Length;
                words++;
                if (afterUnit >= 2) break;
            }
            else
            {
                end = pos + word.Length;
                words++;
                if (Units.Contains(word))
                {
                    var next = ctx.SkipSpaces(wordEnd);
                    var place = ThreeWordPlaces.FirstOrDefault(p => string.CompareOrdinal(text, next, p, 0, p.Length) == 0);
                    if (place is not null) return next + place.Length;
                    afterUnit = 0;
                }
            }
            if (word.Length != wordEnd - pos) break; // the word ended with a full stop
            pos = ctx.SkipSpaces(wordEnd);
            if (pos >= text.Length || pos == wordEnd) break;
        }
        return end;
    }

    private static string NextWord(CitationContext ctx, int index)
    {
        var i = ctx.SkipSpaces(index);
        var e = i;
        while (e < ctx.Text.Length && char.IsLetter(ctx.Text[e])) e++;
        return ctx.Lower[i..e];
    }
}
