using PolicyKB.Decoding;
using PolicyKB.Documents;

namespace PolicyKB.Parsing;

/// <summary>
/// A khoản number printed on a line of its own with its text on the next line ("1" / "- Thời gian thực hiện …"): web
/// pages that keep a list's numbers in a column of their own come out this way. The number is the item's label only
/// when it continues the numbering so far (1 after a higher heading, n after n − 1) and the next line is a list dash
/// before a capital letter: a page number left in the text breaks the numbering or sits inside a sentence, and stays
/// text.
/// </summary>
internal static class LoneNumberLabel
{
    private const int MaxGap = 2;

    /// <summary>
    /// The heading for the lone number on line <paramref name="i"/> and the line that carries its text, or null when
    /// the line is not such a label. <paramref name="expected"/> is the number that would continue the numbering.
    /// </summary>
    public static (HeadingMatch Match, int TextLine, string Text)? Read(IReadOnlyList<SourceLine> lines, int i, int end, int expected, HeadingRuleSet rules)
    {
        var text = lines[i].Text.Trim();
        if (text.Length is 0 or > 2 || !text.All(char.IsAsciiDigit) || int.Parse(text) != expected) return null;
        var j = i + 1;
        while (j < end && j <= i + MaxGap && lines[j].IsBlank) j++;
        if (j >= end || lines[j].IsBlank) return null;
        var next = lines[j].Text.Trim();
        // Only a list dash may stand between the number and its text. A number above a plain capital line is not taken:
        // that is the shape of a table flattened one cell a line ("1" / "Tổ chức lại Ban Chỉ huy …" / "Sở Quốc phòng"),
        // whose rows the table readers join.
        if (rules.Match(next) is not { Style: HeadingStyle.Dash, IsWeak: false } heading) return null;
        next = heading.Rest;
        if (next.Length == 0 || !char.IsUpper(next[0])) return null;
        return (new HeadingMatch(HeadingStyle.Number, ClauseKind.Item, text, text, string.Empty, IsWeak: false), j, next);
    }

    /// <summary>The last item number after <paramref name="match"/>: its own number, or 0 under a new higher heading.</summary>
    public static int NumberingAfter(HeadingMatch match, int lastNumber) => match.Style switch
    {
        HeadingStyle.Number => int.TryParse(match.Label, out var n) ? n : lastNumber,
        < HeadingStyle.Number => 0,
        _ => lastNumber,
    };
}
