using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// "a) Tăng cường…", "đ) …", "b. …": lettered points (Điểm, Nghị định 34/2016/NĐ-CP Điều 58 orders them
/// a, b, c, d, đ, e…). A lowercase word after the label makes the match weak.
/// </summary>
public sealed partial class LetterRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = "abcdđeghiklmnopqrstuvxy".ToCharArray();

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length == 0) return null;
        // "a." followed by a lowercase word is more often an abbreviation than a point.
        if (m.Groups["sep"].Value == "." && LabelText.StartsLowercase(rest)) return null;
        return new HeadingMatch(HeadingStyle.Letter, ClauseKind.Point, m.Groups["n"].Value, m.Groups["label"].Value.Trim(), rest,
            LabelText.StartsLowercase(rest));
    }

    [GeneratedRegex(@"^(?<label>(?<n>[a-zđ])\s?(?<sep>[).]))\s*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
