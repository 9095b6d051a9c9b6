using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// The period a question asks about ("trong quý II năm 2024", "6 tháng đầu năm", "trước ngày 30/6", "tháng 9/2025"),
/// as a range of dates. A period printed without a year keeps <see cref="Year"/> null and is compared with each
/// task's own year, so "trước 30/6" asks for tasks due by 30 June of the year they name.
/// </summary>
/// <param name="Text">The phrase as the question writes it.</param>
/// <param name="Year">The year, or null when the question names none.</param>
/// <param name="FromMonth">First month of the period (1 for "trước ngày …").</param>
/// <param name="FromDay">First day of the period.</param>
/// <param name="ToMonth">Last month of the period.</param>
/// <param name="ToDay">Last day of the period.</param>
internal sealed partial record FactPeriod(string Text, int? Year, int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    private static readonly string[] Romans = ["I", "II", "III", "IV"];

    /// <summary>The period <paramref name="question"/> names, or null.</summary>
    public static FactPeriod? Read(string question)
    {
        if (Quarter().Match(question) is { Success: true } q)
        {
            var n = int.TryParse(q.Groups["n"].Value, out var d) ? d : Array.IndexOf(Romans, q.Groups["n"].Value.ToUpperInvariant()) + 1;
            if (n is < 1 or > 4) return null;
            return new FactPeriod(q.Value, YearOf(q), n * 3 - 2, 1, n * 3, DateTime.DaysInMonth(2001, n * 3));
        }
        if (Half().Match(question) is { Success: true } h)
        {
            var first = h.Groups["half"].Value.Contains("đầu", StringComparison.OrdinalIgnoreCase);
            return first ? new FactPeriod(h.Value, YearOf(h), 1, 1, 6, 30) : new FactPeriod(h.Value, YearOf(h), 7, 1, 12, 31);
        }
        if (Before().Match(question) is { Success: true } b)
        {
            var day = Number(b.Groups["d"]);
            var month = Number(b.Groups["m"]);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month)) return null;
            return new FactPeriod(b.Value, YearOf(b), 1, 1, month, day);
        }
        if (Month().Match(question) is { Success: true } m && Number(m.Groups["m"]) is >= 1 and <= 12 and var mo)
        {
            return new FactPeriod(m.Value, YearOf(m), mo, 1, mo, DateTime.DaysInMonth(2001, mo));
        }
        return null;
    }

    /// <summary>True when a due date (ISO "yyyy-MM-dd") falls in the period.</summary>
    public bool Holds(string? isoDue)
    {
        if (isoDue is null || !DateOnly.TryParseExact(isoDue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)) return false;
        var year = Year ?? due.Year;
        var from = new DateOnly(year, FromMonth, Math.Min(FromDay, DateTime.DaysInMonth(year, FromMonth)));
        var to = new DateOnly(year, ToMonth, Math.Min(ToDay, DateTime.DaysInMonth(year, ToMonth)));
        return due >= from && due <= to;
    }

    private static int? YearOf(Match m) => m.Groups["y"].Success ? Number(m.Groups["y"]) : null;

    private static int Number(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private const string YearTail = @"(?:\s*(?:/|-|năm)\s*(?<y>(?:19|20)\d\d))?";

    [GeneratedRegex(@"\bquý\s+(?<n>IV|III|II|I|[1-4])(?![\p{L}\d])" + YearTail, RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:06|6)\s+tháng\s+(?<half>đầu|cuối)\s+năm" + @"(?:\s+(?<y>(?:19|20)\d\d))?", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Half();

    [GeneratedRegex(@"\b(?:trước|chậm nhất|không muộn hơn|hạn chót)(?:\s+(?:là\s+)?ngày)?\s+(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>(?:19|20)\d\d))?", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Before();

    [GeneratedRegex(@"\btháng\s+(?<m>\d{1,2})\s*(?:/|năm)\s*(?<y>(?:19|20)\d\d)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Month();
}
