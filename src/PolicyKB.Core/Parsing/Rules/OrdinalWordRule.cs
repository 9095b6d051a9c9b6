using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>"Một là, động viên…", "Hai là, …": items counted in words, common in Party-style plans.</summary>
public sealed partial class OrdinalWordRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['M', 'H', 'B', 'N', 'S', 'T', 'C'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var value = LabelText.NumberValue(m.Groups["n"].Value);
        if (value == 0) return null;
        return new HeadingMatch(HeadingStyle.OrdinalWord, ClauseKind.Item, value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["label"].Value.Trim(), m.Groups["rest"].Value.Trim(), false);
    }

    [GeneratedRegex(@"^(?<label>(?<n>Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:])\s*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
