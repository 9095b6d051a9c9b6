using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyKB.Facts;

/// <summary>
/// Reads deadline phrases into a <see cref="Deadline"/>: a due date ("trước ngày 30/6/2021", "chậm nhất ngày …"),
/// a month or quarter ("Tháng 9/2024", "Quý II/2025"), a year or span of years ("2026", "2026 - 2027",
/// "giai đoạn 2021-2025"), or a recurrence ("hằng năm", "thường xuyên"). A phrase without a year keeps its text with
/// kind "unknown": the year is never guessed.
/// </summary>
public static partial class DeadlineReader
{
    private const int MaxCell = 200;

    /// <summary>Reads a whole table cell as a deadline; null when it says nothing about time.</summary>
    public static Deadline? ReadCell(string cell)
    {
        var text = AgencyNames.Clean(cell);
        if (text.Length == 0 || text.Length > MaxCell) return null;
        return Parse(text, whole: true);
    }

    /// <summary>Finds a deadline phrase inside a task sentence; null when the sentence states none.</summary>
    public static Deadline? Find(string sentence)
    {
        if (sentence.Length > 20_000) sentence = sentence[..20_000];
        var m = Trigger().Match(sentence);
        if (!m.Success) return null;
        var phrase = sentence.Substring(m.Index, Math.Min(80, sentence.Length - m.Index));
        var cut = PhraseEnd().Match(phrase, m.Length);
        if (cut.Success) phrase = phrase[..cut.Index];
        var found = Parse(phrase.Trim(), whole: false);
        // A recurrence keeps only its own words ("định kỳ hàng năm"), not the rest of the sentence.
        if (found is { Kind: "recurring" } && RecurringPhrase().Match(found.Text) is { Success: true } r) found.Text = r.Value;
        return found;
    }

    private static Deadline? Parse(string text, bool whole)
    {
        if (Recurring().Match(text) is { Success: true } r && (whole ? r.Index == 0 : true) && !HasYear(text))
            return new Deadline { Text = text, Kind = "recurring" };
        if (FactDates.Find(text) is { } found)
        {
            var d = found.Date;
            if (d.IsComplete && d.ToDateOnly() is { } day)
            {
                var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new Deadline { Text = text, Kind = "date", To = iso, From = Before().IsMatch(text) ? null : iso };
            }
            if (d.Month is { } month) return Period(text, FactDates.MonthStart(d.Year, month), FactDates.MonthEnd(d.Year, month));
        }
        if (Quarter().Match(text) is { Success: true } q)
        {
            var n = QuarterNumber(q.Groups["q"].Value);
            var year = int.Parse(q.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (n is >= 1 and <= 4 && year is >= 1945 and <= 2100)
            {
                // A span of quarters ("Quý IV/2025 - Quý II/2026") ends with its last quarter.
                var (endYear, endQuarter) = (year, n.Value);
                if (q.NextMatch() is { Success: true } last && QuarterNumber(last.Groups["q"].Value) is { } m
                    && int.Parse(last.Groups["y"].Value, CultureInfo.InvariantCulture) is var y2 && y2 * 4 + m > year * 4 + n.Value && y2 <= 2100)
                    (endYear, endQuarter) = (y2, m);
                return Period(text, FactDates.MonthStart(year, n.Value * 3 - 2), FactDates.MonthEnd(endYear, endQuarter * 3));
            }
        }
        if (Month().Match(text) is { Success: true } mo)
        {
            var month = int.Parse(mo.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(mo.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && year is >= 1945 and <= 2100)
                return Period(text, FactDates.MonthStart(year, month), FactDates.MonthEnd(year, month));
        }
        if (Years().Match(text) is { Success: true } y && (!whole || y.Index <= 12))
        {
            var from = int.Parse(y.Groups["a"].Value, CultureInfo.InvariantCulture);
            var to = y.Groups["b"].Success ? int.Parse(y.Groups["b"].Value, CultureInfo.InvariantCulture) : from;
            if (from is >= 1945 and <= 2100 && to >= from && to <= 2100)
                return Period(text, $"{from:D4}-01-01", $"{to:D4}-12-31");
        }
        if (Recurring().IsMatch(text)) return new Deadline { Text = text, Kind = "recurring" };
        // Time words without a year ("Tháng 12", "Quý II", "sau khi có Quy chế"): kept as printed, no range.
        return whole && TimeWord().IsMatch(text) ? new Deadline { Text = text, Kind = "unknown" } : null;
    }

    private static Deadline Period(string text, string from, string to) => new() { Text = text, Kind = "period", From = from, To = to };

    private static bool HasYear(string text) => Years().IsMatch(text);

    private static int? QuarterNumber(string q) => q.ToUpperInvariant() switch
    {
        "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, "IV" or "4" => 4, _ => null,
    };

    [GeneratedRegex(@"(?:trước|chậm nhất|hoàn thành|trong|hạn|đến hết|xong)\s+(?:ngày|tháng|quý|năm)|\bqu[ýí]\s+(?:I{1,3}|IV|[1-4])\s*(?:/|năm|-)\s*\d{4}|\b(?:hằng|hàng)\s+(?:năm|quý|tháng)|\bthường xuyên\b|\bđịnh kỳ\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)|thường xuyên|định kỳ(?:\s+\d+\s+tháng(?:/lần)?)?|liên tục", RegexOptions.IgnoreCase)]
    private static partial Regex RecurringPhrase();

    [GeneratedRegex(@"[;,(\n]|\.(?:\s|$)|\s(?:để|và|nhằm|theo|cho)\s")]
    private static partial Regex PhraseEnd();

    [GeneratedRegex(@"\b(?:hằng|hàng)\s+(?:năm|quý|tháng)|\bthường xuyên\b|\bđịnh kỳ\b|\bliên tục\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recurring();

    [GeneratedRegex(@"^(?:trước|chậm nhất|hạn|đến)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    // "Quí" is the older spelling of "Quý" (Kế hoạch 617/KH-UBND of Đồng Tháp, 2025, prints "Quí IV-2025").
    [GeneratedRegex(@"qu[ýí]\s+(?<q>I{1,3}|IV|[1-4])\s*(?:/|\s+năm\s+|\s*-\s*)\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})\s*(?:/|\s+năm\s+|\s*-\s*)\s*(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"(?<![\d/.,])(?<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?<b>(?:19|20)\d{2}))?(?![\d/.,%])")]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(?:tháng|quý|năm|ngày|tuần|sau khi|khi có)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();
}
