namespace PolicyKB.Citations;

/// <summary>
/// What an amending law amends, read after its "của": one law ("Luật Bảo hiểm y tế"), a list of laws ("Luật Quy hoạch,
/// Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu") or a counted group ("37 luật có liên quan
/// đến quy hoạch"). The key part names each law by its enacted name, so every printing of one amending law shares a key.
/// </summary>
internal static class AmendedLaws
{
    private const int MaxGroupWords = 10;

    /// <summary>What was read.</summary>
    /// <param name="End">Offset just past the last name.</param>
    /// <param name="Key">"Luật A", "Luật A, Luật B và Luật C" or "37 luật có liên quan đến quy hoạch".</param>
    /// <param name="Laws">Each law named ("Luật A", "Luật B", …) with the offset of its "Luật"; empty for a counted group.</param>
    public readonly record struct Amended(int End, string Key, IReadOnlyList<(int Start, LawNameReader.LawName Name)> Laws);

    /// <summary>Reads at <paramref name="start"/> (just after "của"); null when no law is named there.</summary>
    public static Amended? Read(CitationContext ctx, int start)
    {
        if (start < ctx.Text.Length && char.IsDigit(ctx.Text[start])) return ReadGroup(ctx, start);
        var names = new List<string>();
        var laws = new List<(int, LawNameReader.LawName)>();
        var separators = new List<string>();
        var end = -1;
        var pos = start;
        while (ctx.WordAt(pos, "luật") && ctx.Text[pos] == 'L' && LawNameReader.Read(ctx, pos + "Luật ".Length) is { } law)
        {
            names.Add("Luật " + NamedKey.Name(law.Canonical));
            laws.Add((pos, law));
            end = law.End;
            var next = ctx.SkipSpaces(end);
            if (next < ctx.Text.Length && ctx.Text[next] == ',') { separators.Add(", "); pos = ctx.SkipSpaces(next + 1); }
            else if (ctx.WordAt(next, "và")) { separators.Add(" và "); pos = ctx.SkipSpaces(next + 2); }
            else break;
        }
        if (names.Count == 0) return null;
        var key = names[0];
        for (var i = 1; i < names.Count; i++) key += separators[i - 1] + names[i];
        return new Amended(end, key, laws);
    }

    /// <summary>"37 luật có liên quan đến quy hoạch": a count, "luật", then words up to the date or punctuation.</summary>
    private static Amended? ReadGroup(CitationContext ctx, int start)
    {
        var pos = start;
        while (pos < ctx.Text.Length && char.IsDigit(ctx.Text[pos])) pos++;
        pos = ctx.SkipSpaces(pos);
        if (!ctx.WordAt(pos, "luật")) return null;
        var end = pos + "luật".Length;
        for (var words = 0; words < MaxGroupWords; words++)
        {
            var from = ctx.SkipSpaces(end);
            var to = from;
            while (to < ctx.Text.Length && char.IsLetter(ctx.Text[to])) to++;
            if (to == from || to >= ctx.Text.Length + 1 || ctx.Lower[from..to] is "ngày" or "năm" or "số") break;
            end = to;
        }
        return new Amended(end, string.Join(' ', ctx.Lower[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries)), []);
    }
}
