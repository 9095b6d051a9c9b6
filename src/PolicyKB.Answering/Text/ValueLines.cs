using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Line breaks that cut a statement from its value, joined before clause text is cut into units at line breaks: a
/// range's second year on its own line ("giai đoạn 2021\n- 2025"), and the amounts a flattened table puts under the row
/// they belong to ("Chủ trì cuộc họp\n500.000 đồng/người/buổi\n400.000 đồng/người/buổi"). Cut there, a quote holds the
/// row without its amount or the range without its end.
/// </summary>
public static partial class ValueLines
{
    /// <summary><paramref name="text"/> with those line breaks made spaces; other lines are left as they are.</summary>
    public static string Join(string text) => BareValue().Replace(Amount().Replace(YearRange().Replace(text, " "), " "), " ");

    /// <summary>A year ending a line, then a dash and a year opening the next: the break inside "2021\n- 2025".</summary>
    [GeneratedRegex(@"(?<=\b(?:19|20)\d\d)[ \t]*\n[ \t]*(?=[-–][ \t]*(?:19|20)\d\d\b)")]
    private static partial Regex YearRange();

    /// <summary>
    /// A line ending in a word (no sentence punctuation) above a line opening with an amount of money or a percentage:
    /// the amount is that line's value.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{M})])[ \t]*\n[ \t]*(?=\d{1,3}(?:\.\d{3})+(?:,\d+)?[ \t]*(?:đồng|triệu|tỷ)|\d+(?:,\d+)?[ \t]*%)")]
    private static partial Regex Amount();

    /// <summary>
    /// A line holding only a value written with a thousands point or a decimal comma ("120.000", "6,67"), below a line
    /// ending in a word, a unit or another such value: a table's price or rate flattened one cell per line ("Đá hộc" /
    /// "m3" / "120.000"). Alone it is no unit at all (too short to quote), so the row would be quoted without it. A row's
    /// number ("2") has neither mark and stays on its own line.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{M})\d])[ \t]*\n[ \t]*(?=(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)[ \t]*(?:\n|$))")]
    private static partial Regex BareValue();
}
