using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>"PHỤ LỤC I", "Phụ lục số 02", "PHỤ LỤC": an appendix opens its own subtree and closes everything open.</summary>
public sealed partial class AppendixRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['P'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var number = m.Groups["n"].Value;
        var rest = m.Groups["rest"].Value.Trim();
        var upper = m.Groups["kw"].Value == "PHỤ LỤC";
        // "Phụ lục I ban hành kèm theo…" inside a sentence is a reference, not a heading.
        if (!upper && LabelText.StartsLowercase(rest)) return null;
        var value = LabelText.NumberValue(number);
        var label = value > 0 ? $"PL{value}" : number.Length > 0 ? "PL" + number.ToUpperInvariant() : "PL";
        return new HeadingMatch(HeadingStyle.Appendix, ClauseKind.Appendix, label, m.Groups["label"].Value.Trim(), rest, false);
    }

    [GeneratedRegex(@"^(?<label>(?<kw>PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số)\s*)?(?:\s*(?<n>[IVXL]{1,6}|\d{1,2}[a-z]?|[A-Z])\b)?)[\s.:\-]*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
