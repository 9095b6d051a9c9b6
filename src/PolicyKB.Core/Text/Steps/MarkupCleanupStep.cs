using System.Text.RegularExpressions;

namespace PolicyKB.Text;

/// <summary>
/// Step 2, "markup": removes conversion leftovers that are not text: Word bookmark markers
/// ("[bookmark: _Hlk167886058]"), Markdown emphasis and escapes, inline LaTeX ("$\geq 30\%$" → "≥ 30%"),
/// ATX heading marks and lines that are nothing but table pipes or table rules.
/// </summary>
public sealed partial class MarkupCleanupStep : ITextRepairStep
{
    /// <inheritdoc />
    public string Name => "markup";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        var changed = 0;
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var text = context.Lines[i].Text;
            if (text.AsSpan().IndexOfAny(Triggers) < 0) continue;
            var cleaned = Clean(text);
            if (cleaned == text) continue;
            changed++;
            if (string.IsNullOrWhiteSpace(cleaned)) context.Blank(i);
            else context.SetText(i, cleaned);
        }
        context.Count(Name, changed);
    }

    private static readonly System.Buffers.SearchValues<char> Triggers = System.Buffers.SearchValues.Create("[*_\\$|#");

    /// <summary>Cleans one line (exposed for tests and for callers that repair single strings).</summary>
    internal static string Clean(string text)
    {
        if (text.Contains("[bookmark:", StringComparison.OrdinalIgnoreCase)) text = RemoveBookmarks(text);
        text = LatexFragments.Replace(text);
        text = MarkdownEmphasis.Strip(text);
        var trimmed = text.AsSpan().Trim();
        if (IsTableRule(trimmed)) return string.Empty;
        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#') hashes++;
        if (hashes is >= 1 and <= 6 && (hashes == trimmed.Length || trimmed[hashes] == ' '))
            return trimmed[hashes..].Trim().ToString();
        return text;
    }

    /// <summary>"|", "| |", "|---|:--:|": table syntax without any cell text.</summary>
    private static bool IsTableRule(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || (line[0] != '|' && line[^1] != '|')) return false;
        foreach (var c in line)
        {
            if (c is not ('|' or '-' or ':' or ' ')) return false;
        }
        return true;
    }

    private static string RemoveBookmarks(string text)
    {
        try
        {
            return Bookmark().Replace(text, string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    [GeneratedRegex(@"\[bookmark:[^\]\r\n]{0,200}\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bookmark();
}
