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
        // "Phụ lục I ban hành kèm theo…" inside a sentence is a reference, not a heading; so is "Phụ lục VI.10 kèm theo…",
        // whose part number (".10") comes before the lowercase words.
        if (!upper && LabelText.StartsLowercase(SubNumber().Replace(rest, ""))) return null;
        // "Phụ lục VIII, Phụ lục IX và Phụ lục X." ends a list of references; no heading goes on after a comma.
        if (!upper && rest.Length > 0 && rest[0] is ',' or ';') return null;
        var value = LabelText.NumberValue(number);
        var label = value > 0 ? $"PL{value}" : number.Length > 0 ? "PL" + number.ToUpperInvariant() : "PL";
        // A sentence-case "Phụ lục …" at the start of a wrapped line is as often the end of a reference
        // ("… tại mục 1 ⏎ Phụ lục II kèm theo …") as a heading, so it opens one only where a paragraph may start;
        // a capitalised "PHỤ LỤC" is set apart and always does.
        return new HeadingMatch(HeadingStyle.Appendix, ClauseKind.Appendix, label, m.Groups["label"].Value.Trim(), rest, IsWeak: !upper);
    }

    [GeneratedRegex(@"^(?<label>(?<kw>PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số)\s*)?(?:\s*(?<n>[IVXL]{1,6}|\d{1,2}[a-z]?|[A-Z])\b)?)[\s.:\-]*(?<rest>.*)$")]
    private static partial Regex Pattern();

    // The part number after a dotted appendix number: "10 " of "Phụ lục VI.10 kèm theo", "1. " of "Phụ lục II.1. Danh mục".
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})*[.)]?\s*")]
    private static partial Regex SubNumber();
}
