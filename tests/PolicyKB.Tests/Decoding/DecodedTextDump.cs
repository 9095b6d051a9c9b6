using PolicyKB.Decoding;

namespace PolicyKB.Tests.Decoding;

/// <summary>Renders decoded lines as "number|hints|text" for spec comparisons.</summary>
internal static class DecodedTextDump
{
    public static string Dump(DecodedText decoded) => string.Join("\n", decoded.Lines.Select(Dump));

    public static string Dump(SourceLine line)
    {
        var hints = new List<string>();
        if (line.Style.HasFlag(LineStyle.Heading)) hints.Add("h" + line.HeadingLevel);
        if (line.Style.HasFlag(LineStyle.Bold)) hints.Add("bold");
        if (line.Style.HasFlag(LineStyle.Italic)) hints.Add("italic");
        if (line.Style.HasFlag(LineStyle.Centered)) hints.Add("center");
        if (line.Style.HasFlag(LineStyle.TableRow)) hints.Add("table");
        if (line.Style.HasFlag(LineStyle.ListItem)) hints.Add("list:" + line.ListLabel);
        if (line.Page is { } page) hints.Add("p" + page);
        return $"{line.Number}|{string.Join(' ', hints)}|{line.Text}";
    }

    public static Stream Utf8(string text) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
}
