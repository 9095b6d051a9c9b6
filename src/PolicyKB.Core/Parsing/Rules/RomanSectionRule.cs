using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// "I. MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ", "III MỤC TIÊU": Roman sections of plans (Nghị định 30/2020/NĐ-CP
/// Phụ lục I numbers parts of an administrative document with Roman numerals). The title must start in
/// capitals; without a separator it must be entirely in capitals.
/// </summary>
public sealed partial class RomanSectionRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['I', 'V', 'X'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var value = LabelText.RomanValue(m.Groups["n"].Value);
        if (value == 0) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length > 0 && LabelText.StartsLowercase(rest)) return null;
        if (!m.Groups["sep"].Success && (rest.Length == 0 || LabelText.UppercaseShare(rest) < 0.8)) return null;
        return new HeadingMatch(HeadingStyle.Roman, ClauseKind.Section, LabelText.ToRoman(value), m.Groups["label"].Value.Trim(), rest, false);
    }

    // Without a separator the numeral must stand alone ("II CÁC NHIỆM VỤ"): "VỤ, GIẢI PHÁP" is the wrapped end of a
    // heading, not section V followed by "Ụ".
    [GeneratedRegex(@"^(?<label>(?<n>[IVX]{1,6})(?:\s*(?<sep>[.\-:/)])|(?=\s|$)))\s*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
