using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// "1.1. Kiểm soát tốt dịch…", "2.3 Nâng cao…", "1.1.2.": decimal sub-items. A lowercase word after the
/// label makes the match weak ("1.2 của Kế hoạch…" wrapped onto a new line is text).
/// </summary>
public sealed partial class DecimalRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = "0123456789".ToCharArray();

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var label = m.Groups["n"].Value;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length == 0 || rest[0] is '%' or '/' or ',') return null;
        var depth = label.Count(c => c == '.');
        return new HeadingMatch(depth >= 2 ? HeadingStyle.Decimal3 : HeadingStyle.Decimal, ClauseKind.Item, label,
            m.Groups["label"].Value.Trim(), rest, LabelText.StartsLowercase(rest));
    }

    [GeneratedRegex(@"^(?<label>(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?\)?)\s+(?<rest>.*)$")]
    private static partial Regex Pattern();
}
