using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Text;

/// <summary>
/// Turns inline LaTeX left by PDF-to-Markdown converters into plain text: "$\geq 30\%$" → "≥ 30%",
/// "$\leq$" → "≤", "$\times$" → "×". A span with a command it does not know is left untouched rather than
/// guessed at.
/// </summary>
internal static partial class LatexFragments
{
    private static readonly Dictionary<string, string> _commands = new(StringComparer.Ordinal)
    {
        ["geq"] = "≥", ["ge"] = "≥", ["geqslant"] = "≥", ["leq"] = "≤", ["le"] = "≤", ["leqslant"] = "≤",
        ["neq"] = "≠", ["ne"] = "≠", ["times"] = "×", ["div"] = "÷", ["pm"] = "±", ["approx"] = "≈",
        ["cdot"] = "·", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["infty"] = "∞",
        ["sim"] = "~", ["circ"] = "°", ["degree"] = "°", ["sum"] = "∑", ["sqrt"] = "√", ["Delta"] = "Δ",
        ["alpha"] = "α", ["beta"] = "β", ["mu"] = "μ", ["left"] = "", ["right"] = "", ["quad"] = " ",
        ["text"] = "", ["mathrm"] = "", ["textbf"] = "", ["mathbf"] = "",
    };

    /// <summary>Replaces every convertible <c>$…$</c> span of the line.</summary>
    public static string Replace(string line)
    {
        if (line.IndexOf('$') < 0) return line;
        try
        {
            return InlineMath().Replace(line, match => Convert(match.Groups[1].Value) ?? match.Value);
        }
        catch (RegexMatchTimeoutException)
        {
            return line; // pathological line: leave it as it is
        }
    }

    /// <summary>Converts the inside of one span; null when it is not LaTeX or uses an unknown command.</summary>
    internal static string? Convert(string content)
    {
        if (content.IndexOf('\\') < 0 && content.IndexOf('^') < 0) return null;
        var output = new StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\' && i + 1 < content.Length)
            {
                var next = content[i + 1];
                if (char.IsAsciiLetter(next))
                {
                    var end = i + 1;
                    while (end < content.Length && char.IsAsciiLetter(content[end])) end++;
                    if (!_commands.TryGetValue(content[(i + 1)..end], out var symbol)) return null;
                    output.Append(symbol);
                    i = end - 1;
                    continue;
                }
                // \% \{ \} \_ \& \# print the character; \, \; \! \  are spacing commands.
                output.Append(next is ',' or ';' or '!' or ' ' ? (next == '!' ? "" : " ") : next.ToString());
                i++;
                continue;
            }
            if (c is '{' or '}') continue;
            if (c == '^' && i + 1 < content.Length && content[i + 1] == '\\') continue; // ^\circ → °
            output.Append(c);
        }
        return output.ToString();
    }

    [GeneratedRegex(@"\$([^$\r\n]{1,120})\$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineMath();
}
