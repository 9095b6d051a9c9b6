using System.Text.RegularExpressions;

namespace PolicyKB.Decoding;

/// <summary>
/// Recognises Markdown saved under a .txt name (the legal-database exports are Markdown in .txt files)
/// so they are decoded by <see cref="MarkdownDecoder"/> instead of keeping <c>**</c> and <c>#</c> in the text.
/// </summary>
/// <remarks>
/// Tuned on the shared corpus: every Markdown export has a pipe-table separator row, two ATX headings
/// or three lines of emphasis; the gazette PDF extracts never do ("(**)" footnote marks and
/// "********" letterhead rules are not emphasis because they do not wrap a word).
/// </remarks>
internal static partial class MarkdownContent
{
    private const int SignalsNeeded = 3;

    /// <summary>True when the text carries enough Markdown syntax to be decoded as Markdown.</summary>
    /// <param name="text">The text.</param>
    /// <param name="starts">Its line starts when already counted (<see cref="SourceLines.Starts"/>).</param>
    public static bool LooksLikeMarkdown(string text, int[]? starts = null)
    {
        var headings = 0;
        var signals = 0;
        starts ??= SourceLines.Starts(text);
        for (var i = 0; i < starts.Length; i++)
        {
            var end = i + 1 < starts.Length ? starts[i + 1] : text.Length;
            var line = text.AsSpan(starts[i], end - starts[i]).TrimEnd("\r\n");
            if (line.IsEmpty) continue;
            if (line.Contains('|') && TableSeparator().IsMatch(line)) return true;
            if (line.TrimStart(' ').StartsWith('#') && AtxHeading().IsMatch(line))
            {
                headings++;
                signals++;
            }
            else if (line.Contains('*') && (Bold().IsMatch(line) || EmphasisEdge().IsMatch(line) || ItalicLine().IsMatch(line)))
            {
                signals++;
            }
            else if (line.Contains('\\') && Escape().IsMatch(line))
            {
                signals++;
            }
            if (headings >= 2 || signals >= SignalsNeeded) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^ {0,3}#{1,6}(\s|$)")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\*\*[^\s*](?:[^*]*[^\s*])?\*\*")]
    private static partial Regex Bold();

    // Bold that spans lines in the exports ("**CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM**").
    [GeneratedRegex(@"^\s*\*\*[^\s*]|[^\s*]\*\*\s*$")]
    private static partial Regex EmphasisEdge();

    [GeneratedRegex(@"^\s*\*[^\s*](?:.*[^\s*])?\*\s*$")]
    private static partial Regex ItalicLine();

    [GeneratedRegex(@"\\[.\-)(*#\[\]_]")]
    private static partial Regex Escape();
}
