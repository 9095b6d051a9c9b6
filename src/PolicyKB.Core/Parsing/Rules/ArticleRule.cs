using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// "Điều 5. Phạm vi điều chỉnh" (Nghị định 34/2016/NĐ-CP Điều 58: an article is numbered in Arabic
/// numerals followed by a full stop and its title). "Điều 5 Nghị định…" without the stop is a reference.
/// </summary>
public sealed partial class ArticleRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['Đ'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var rest = m.Groups["rest"].Value.Trim();
        return new HeadingMatch(HeadingStyle.Article, ClauseKind.Article, "D" + m.Groups["n"].Value.ToLowerInvariant(),
            m.Groups["label"].Value.Trim(), rest, LabelText.StartsLowercase(rest));
    }

    [GeneratedRegex(@"^(?<label>(?:Điều|ĐIỀU)\s+(?<n>\d{1,3}[a-zđ]?)\s*(?:[.:]|$))\s*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
