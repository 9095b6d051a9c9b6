using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>"Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG" (Nghị định 34/2016/NĐ-CP Điều 58). "Chương trình…" is not a chapter.</summary>
public sealed partial class ChapterRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['C'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var value = LabelText.NumberValue(m.Groups["n"].Value);
        if (value == 0) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (LabelText.StartsLowercase(rest)) return null;
        return new HeadingMatch(HeadingStyle.Chapter, ClauseKind.Chapter, $"C{value}", m.Groups["label"].Value.Trim(), rest, false);
    }

    [GeneratedRegex(@"^(?<label>(?:CHƯƠNG|Chương)\s+(?<n>[IVXL]{1,6}|\d{1,2}))\b[\s.:\-]*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
