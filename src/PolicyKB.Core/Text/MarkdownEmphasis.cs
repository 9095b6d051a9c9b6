using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Text;

/// <summary>
/// Removes Markdown syntax that survived conversion: emphasis stars (<c>**</c>, <c>***</c>, <c>*…*</c>,
/// also mid-word as in "v****à"), <c>__bold__</c> pairs and backslash escapes (<c>\-</c>, <c>\.</c>, <c>\*</c>).
/// Keeps what is not markup: a "* " bullet at the start of a line, footnote marks "(*)", "(**)", and form
/// blanks written with underscores ("ngày___tháng__năm").
/// </summary>
internal static partial class MarkdownEmphasis
{
    /// <summary>Strips emphasis and escapes from one line.</summary>
    public static string Strip(string line)
    {
        if (line.IndexOf('*') < 0 && line.IndexOf('\\') < 0 && line.IndexOf("__", StringComparison.Ordinal) < 0) return line;

        var output = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && IsAsciiPunctuation(line[i + 1]))
            {
                output.Append(line[i + 1]); // an escaped character is literal text
                i++;
                continue;
            }
            if (c != '*')
            {
                output.Append(c);
                continue;
            }
            var end = i;
            while (end < line.Length && line[end] == '*') end++;
            if (IsLiteralStarRun(line, i, end)) output.Append(line, i, end - i);
            i = end - 1;
        }
        var text = output.ToString();
        return text.Contains("__", StringComparison.Ordinal) ? StripUnderscorePairs(text) : text;
    }

    private static string StripUnderscorePairs(string text)
    {
        try
        {
            return UnderscorePair().Replace(text, "$1");
        }
        catch (RegexMatchTimeoutException)
        {
            return text; // pathological line: leave it as it is
        }
    }

    private static bool IsAsciiPunctuation(char c) => c < 0x80 && char.IsPunctuation(c) || c is '$' or '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~';

    private static bool IsLiteralStarRun(string line, int start, int end)
    {
        var before = start > 0 ? line[start - 1] : '\0';
        var after = end < line.Length ? line[end] : '\0';
        if (before == '(' && after == ')') return true; // footnote mark (*), (**)
        if (end - start != 1) return false;
        // A star standing alone between spaces (a bullet "* Cơ quan chủ trì", a list "%, $, *, &", "2 * 3")
        // touches no word, so it cannot open or close emphasis.
        return (before == '\0' || char.IsWhiteSpace(before)) && (after == '\0' || char.IsWhiteSpace(after) || after is ',' or ';' or '.' or ':' or '&');
    }

    [GeneratedRegex(@"(?<![_\p{L}\p{N}])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![_\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnderscorePair();
}
