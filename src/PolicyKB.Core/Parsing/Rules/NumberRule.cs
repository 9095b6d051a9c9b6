using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// "1. Mục đích", "2) Yêu cầu", "3.Tăng cường": numbered items of plans, or Khoản inside an article
/// (Nghị định 34/2016/NĐ-CP Điều 58). "1.000 người" and "2021." are not labels. "1 - Mức trợ cấp …" (a web page's
/// list number with a dash for its dot) is one when a capital letter follows; "1 - 2 ngày" is a range, not a label.
/// </summary>
public sealed partial class NumberRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = "0123456789".ToCharArray();

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length == 0) return null;
        if (m.Groups["dash"].Success && !char.IsUpper(rest[0])) return null;
        return new HeadingMatch(HeadingStyle.Number, ClauseKind.Item, m.Groups["n"].Value.TrimStart('0') is { Length: > 0 } n ? n : "0",
            m.Groups["label"].Value.Trim(), rest, LabelText.StartsLowercase(rest));
    }

    [GeneratedRegex(@"^(?<label>(?<n>\d{1,2})(?:\s?[.)]|(?<dash>\s[-–]\s)))(?!\d)\s*(?<rest>\S.*)$")]
    private static partial Regex Pattern();
}
