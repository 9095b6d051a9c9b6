using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>"Mục 1. ĐÀO TẠO" inside a chapter (Nghị định 34/2016/NĐ-CP Điều 58). "Mục tiêu…" has no number and is text.</summary>
public sealed partial class LegalSectionRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['M'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var value = LabelText.NumberValue(m.Groups["n"].Value);
        if (value == 0) return null;
        var rest = m.Groups["rest"].Value.Trim();
        // "Mục 2 của Kế hoạch này…" is a reference inside a sentence.
        if (rest.Length == 0 && !m.Groups["sep"].Success && line.Length > m.Length) return null;
        if (LabelText.StartsLowercase(rest)) return null;
        return new HeadingMatch(HeadingStyle.LegalSection, ClauseKind.Section, $"M{value}", m.Groups["label"].Value.Trim(), rest, false);
    }

    [GeneratedRegex(@"^(?<label>(?:MỤC|Mục)\s+(?<n>\d{1,2}|[IVX]{1,5})\b(?<sep>[.:\-])?)\s*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
