using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// A division named by a keyword and a number (Nghị định 34/2016/NĐ-CP Điều 58): "PHẦN THỨ NHẤT", "Phần I",
/// "Chương II. QUY ĐỊNH CHUNG". The pattern must capture <c>label</c>, <c>n</c> (Roman, Arabic or an ordinal word)
/// and <c>rest</c>; a lowercase word after the number means the line is a sentence ("Chương trình…" never matches).
/// </summary>
public sealed class NumberedDivisionRule(HeadingStyle style, ClauseKind kind, string labelPrefix, char opening, Regex pattern) : IHeadingRule
{
    /// <summary>"PHẦN THỨ NHẤT", "Phần I".</summary>
    public static NumberedDivisionRule Part() => new(HeadingStyle.Part, ClauseKind.Part, "P", 'P',
        new Regex(@"^(?<label>(?:PHẦN|Phần)\s+(?<n>(?:THỨ|thứ)\s+\p{L}+|[IVX]{1,5}|\d{1,2}))\b[\s.:\-]*(?<rest>.*)$", RegexOptions.Compiled));

    /// <summary>"Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG".</summary>
    public static NumberedDivisionRule Chapter() => new(HeadingStyle.Chapter, ClauseKind.Chapter, "C", 'C',
        new Regex(@"^(?<label>(?:CHƯƠNG|Chương)\s+(?<n>[IVXL]{1,6}|\d{1,2}))\b[\s.:\-]*(?<rest>.*)$", RegexOptions.Compiled));

    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = [opening];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = pattern.Match(line);
        if (!m.Success) return null;
        var value = LabelText.NumberValue(m.Groups["n"].Value);
        if (value == 0) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (LabelText.StartsLowercase(rest)) return null;
        return new HeadingMatch(style, kind, $"{labelPrefix}{value}", m.Groups["label"].Value.Trim(), rest, false);
    }
}
