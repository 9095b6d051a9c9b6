namespace PolicyKB.Citations;

/// <summary>
/// Reads the trích yếu printed after a reference: "về việc …", "V/v …", "về …" (the preposition dropped) or
/// "quy định …", "ban hành …", "phê duyệt …", "hướng dẫn …" (the verb kept, it is part of the title).
/// The name runs to ';', '(' or the end of the sentence and is capped, so a long clause does not become a title.
/// </summary>
internal static class TrichYeuReader
{
    private const int MaxLength = 240;

    private static readonly string[] Dropped = ["về việc", "v/v", "về"];
    private static readonly string[] Kept = ["quy định", "ban hành", "phê duyệt", "hướng dẫn", "sửa đổi"];

    /// <summary>The trích yếu starting at <paramref name="index"/> (after blanks and one comma), or null.</summary>
    public static string? Read(CitationContext ctx, int index)
    {
        var i = ctx.SkipSpaces(index);
        if (i < ctx.Text.Length && ctx.Text[i] == ',') i = ctx.SkipSpaces(i + 1);
        var start = -1;
        foreach (var word in Dropped)
        {
            if (ctx.WordAt(i, word)) { start = ctx.SkipSpaces(i + word.Length); break; }
        }
        if (start < 0)
        {
            foreach (var word in Kept)
            {
                if (ctx.WordAt(i, word)) { start = i; break; }
            }
        }
        if (start < 0 || start >= ctx.Text.Length) return null;
        var end = FindEnd(ctx.Text, start);
        var name = ctx.Text[start..end].Trim().TrimEnd(',', ' ', '*', '_', ':').Trim('"', '“', '”', ' ');
        return name.Length == 0 ? null : name;
    }

    private static int FindEnd(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxLength);
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c is ';' or '(' or ')' or '\n' or '\r' or '[') return i;
            if (c == '.' && (i + 1 >= text.Length || (char.IsWhiteSpace(text[i + 1]) && !NextIsLower(text, i + 1)))) return i;
        }
        if (limit == text.Length) return limit;
        var space = text.LastIndexOf(' ', limit - 1, limit - start);
        return space > start ? space : limit;
    }

    private static bool NextIsLower(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index])) index++;
        return index < text.Length && char.IsLower(text[index]);
    }
}
