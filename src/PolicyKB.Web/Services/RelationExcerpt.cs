namespace PolicyKB.Web.Services;

/// <summary>The part of a clause worth showing beside a relation: the citation with some context on both sides.</summary>
public static class RelationExcerpt
{
    private const int Before = 120;
    private const int After = 180;
    private const int Plain = 260;

    /// <summary>
    /// The excerpt of <paramref name="text"/> around the span (cut at spaces, "… " marking a cut) and the span's offset in
    /// it; without a span (start &lt; 0) the clause's opening and -1.
    /// </summary>
    public static (string Excerpt, int Start) Around(string text, int start, int length)
    {
        if (start < 0 || start + length > text.Length)
        {
            if (text.Length <= Plain) return (text, -1);
            var cut = text.LastIndexOf(' ', Plain);
            return (text[..(cut > Plain / 2 ? cut : Plain)] + " …", -1);
        }
        var from = Math.Max(0, start - Before);
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        var to = Math.Min(text.Length, start + length + After);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to);
            to = space > start + length ? space : to;
        }
        var prefix = from > 0 ? "… " : "";
        return (prefix + text[from..to] + (to < text.Length ? " …" : ""), start - from + prefix.Length);
    }
}
