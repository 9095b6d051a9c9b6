using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Citations;

/// <summary>
/// Reads the issue date printed right after a number or name: "ngày 05/4/2024", ", ngày 31/8/2018",
/// "ngày 26 tháng 01 năm 2021", the typo "ngày 01/01//2021", and "năm 2019" after a law's name.
/// </summary>
internal static partial class DateReader
{
    /// <summary>Reads a date starting at <paramref name="index"/> (after optional ", "); returns the end offset or -1.</summary>
    public static int Read(string text, int index, bool allowYearOnly, out PartialDate? date)
    {
        date = null;
        if (index >= text.Length) return -1;
        var m = Numeric().Match(text, index);
        if (!m.Success) m = Spelled().Match(text, index);
        if (m.Success)
        {
            date = PartialDate.FromParts(Int(m.Groups["d"]), Int(m.Groups["m"]), Int(m.Groups["y"]));
            return date is null ? -1 : m.Index + m.Length;
        }
        if (!allowYearOnly) return -1;
        m = YearOnly().Match(text, index);
        if (!m.Success) return -1;
        date = PartialDate.FromParts(null, null, Int(m.Groups["y"]));
        return date is null ? -1 : m.Index + m.Length;
    }

    private static int? Int(Group g) =>
        g.Success && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"\G[ \t]{0,3},?[ \t]{0,3}(?:ban hành[ \t]{1,3})?ngày[ \t]{1,3}(?<d>\d{1,2})[ \t]?[/.\-][ \t]?(?<m>\d{1,2})[ \t]?[/.\-]{1,2}[ \t]?(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\G[ \t]{0,3},?[ \t]{0,3}(?:ban hành[ \t]{1,3})?ngày[ \t]{1,3}(?:(?<d>\d{1,2})|[ .…_]{0,12})[ \t]{0,3}tháng[ \t]{1,3}(?:(?<m>\d{1,2})|[ .…_]{0,12})[ \t]{0,3}năm[ \t]{1,3}(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Spelled();

    [GeneratedRegex(@"\G[ \t]{0,3},?[ \t]{0,3}năm[ \t]{1,3}(?<y>\d{4})(?![\d/])")]
    private static partial Regex YearOnly();
}
