using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Facts;

/// <summary>ISO fact dates as Vietnamese readers write them, and the clause that prints a given date.</summary>
internal static class FactDateText
{
    /// <summary>"2025-02-28" → "28/02/2025"; "2021-01" → "tháng 01/2021"; anything else as stored.</summary>
    public static string Format(string iso)
    {
        var parts = iso.Split('-');
        return parts.Length switch
        {
            3 => $"{parts[2]}/{parts[1]}/{parts[0]}",
            2 => $"tháng {parts[1]}/{parts[0]}",
            _ => iso,
        };
    }

    /// <summary>The last clause printing the complete date <paramref name="iso"/> ("ngày 11 tháng 8 năm 2022", "11/8/2022"), or null.</summary>
    public static Clause? ClauseStating(IReadOnlyList<Clause> clauses, string iso) =>
        Pattern(iso) is { } pattern ? clauses.LastOrDefault(c => pattern.IsMatch(c.Text)) : null;

    /// <summary>The printed form of <paramref name="iso"/> inside <paramref name="text"/>, or null.</summary>
    public static string? Phrase(string text, string iso) => Pattern(iso)?.Match(text) is { Success: true } m ? m.Value : null;

    private static Regex? Pattern(string iso)
    {
        var parts = iso.Split('-');
        if (parts.Length != 3) return null;
        var y = parts[0];
        var m = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var d = int.Parse(parts[2], CultureInfo.InvariantCulture);
        return new Regex($@"(?<!\d)(?:ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}|0?{d}\s*/\s*0?{m}\s*/\s*{y})(?!\d)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}
