using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Facts;

/// <summary>
/// Dates inside fact phrases: "23/3/2025", "ngày 23 tháng 3 năm 2025", and a blank day left for the signer
/// ("ngày   tháng 01 năm 2021", kept as the month only). Impossible parts are dropped, never corrected.
/// </summary>
internal static partial class FactDates
{
    /// <summary>The first date in <paramref name="text"/> from <paramref name="start"/>, with its end offset.</summary>
    public static (PartialDate Date, int End)? Find(string text, int start = 0)
    {
        if (start >= text.Length) return null;
        var numeric = Numeric().Match(text, start);
        var spelled = Spelled().Match(text, start);
        var m = !numeric.Success ? spelled : !spelled.Success ? numeric : numeric.Index <= spelled.Index ? numeric : spelled;
        if (!m.Success) return null;
        var date = PartialDate.FromParts(Int(m.Groups["d"]), Int(m.Groups["m"]), Int(m.Groups["y"]));
        return date is null ? Find(text, m.Index + m.Length) : (date.Value, m.Index + m.Length);
    }

    /// <summary>The ISO form of a complete date, or of a partial one ("2021-01").</summary>
    public static string Iso(PartialDate date) => date.ToString();

    /// <summary>Last day of the month.</summary>
    public static string MonthEnd(int year, int month) =>
        new DateOnly(year, month, DateTime.DaysInMonth(year, month)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>First day of the month.</summary>
    public static string MonthStart(int year, int month) => new DateOnly(year, month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Int(Group g) =>
        g.Success && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s?[/.\-]\s?(?<m>\d{1,2})\s?[/.\-]{1,2}\s?(?<y>\d{4})(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"ngày\s{1,12}(?:(?<d>\d{1,2})|[ .…_]{0,12})\s{0,12}tháng\s{1,12}(?:(?<m>\d{1,2})|[ .…_]{0,12})\s{0,12}năm\s{1,3}(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Spelled();
}
