using System.Globalization;

namespace PolicyKB.Documents;

/// <summary>
/// A legal date that may be printed incompletely: drafts often leave the day (or day and month) blank
/// for the signer to fill in ("ngày    tháng 01 năm 2021"), so only the parts actually printed are kept.
/// </summary>
/// <param name="Year">The year, always present.</param>
/// <param name="Month">The month (1–12) when printed.</param>
/// <param name="Day">The day of month when printed; never set without <paramref name="Month"/>.</param>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>True when day, month and year are all known.</summary>
    public bool IsComplete => Month is not null && Day is not null;

    /// <summary>The full date when complete and valid; otherwise null.</summary>
    public DateOnly? ToDateOnly() =>
        IsComplete && Day <= DateTime.DaysInMonth(Year, Month!.Value) ? new DateOnly(Year, Month!.Value, Day!.Value) : null;

    /// <summary>ISO form with only the known parts: <c>yyyy-mm-dd</c>, <c>yyyy-mm</c> or <c>yyyy</c>.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Parses the ISO forms produced by <see cref="ToString"/>.</summary>
    public static PartialDate? ParseIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parts = value.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        int? month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
        int? day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
        return new PartialDate(year, month, month is null ? null : day);
    }

    /// <summary>
    /// Builds a date from the day/month/year numbers found in text, dropping what is impossible
    /// (day 0, month 13, years outside 1945–2100) rather than guessing.
    /// </summary>
    public static PartialDate? FromParts(int? day, int? month, int? year)
    {
        if (year is null || year < 1945 || year > 2100) return null;
        if (month is null || month < 1 || month > 12) return new PartialDate(year.Value);
        if (day is null || day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value)) return new PartialDate(year.Value, month);
        return new PartialDate(year.Value, month, day);
    }
}
