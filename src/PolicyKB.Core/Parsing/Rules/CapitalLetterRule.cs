using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// "A. PHẦN THỨ NHẤT…", "B. NHIỆM VỤ": capital-letter parts above Roman sections in some plans. The title
/// must be in capitals so initials ("A. Nguyễn") and Roman numerals (I, V, X) are not taken for it.
/// </summary>
public sealed partial class CapitalLetterRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = "ABCDEFGH".ToCharArray();

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length < 3 || LabelText.UppercaseShare(rest) < 0.8) return null;
        return new HeadingMatch(HeadingStyle.CapitalLetter, ClauseKind.Section, m.Groups["n"].Value, m.Groups["label"].Value.Trim(), rest, false);
    }

    [GeneratedRegex(@"^(?<label>(?<n>[A-H])\s*[.)\-])\s+(?<rest>.+)$")]
    private static partial Regex Pattern();
}
