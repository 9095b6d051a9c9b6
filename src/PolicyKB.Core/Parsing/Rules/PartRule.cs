using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>"PHẦN THỨ NHẤT", "Phần I" (Nghị định 34/2016/NĐ-CP Điều 58: Phần is the highest unit of a long document).</summary>
public sealed partial class PartRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['P'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var value = LabelText.NumberValue(m.Groups["n"].Value);
        if (value == 0) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (LabelText.StartsLowercase(rest)) return null;
        return new HeadingMatch(HeadingStyle.Part, ClauseKind.Part, $"P{value}", m.Groups["label"].Value.Trim(), rest, false);
    }

    [GeneratedRegex(@"^(?<label>(?:PHẦN|Phần)\s+(?<n>(?:THỨ|thứ)\s+\p{L}+|[IVX]{1,5}|\d{1,2}))\b[\s.:\-]*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
