using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// The period a question asks about ("trong một năm", "mỗi tháng", "hằng tuần"): limits and amounts are often stated
/// per day, week, month and year in neighbouring sentences ("Tổng số giờ làm thêm trong một tháng không quá 40 giờ." /
/// "… trong một năm … không quá 300 giờ."). A sentence stating periods, none of them the one asked, states another
/// limit than the one asked.
/// </summary>
public static partial class PeriodMatch
{
    /// <summary>
    /// True when <paramref name="question"/> names a period and <paramref name="sentence"/> states one or more periods,
    /// none of them that one.
    /// </summary>
    public static bool Conflicts(string question, string sentence)
    {
        var asked = Periods(question);
        if (asked.Count == 0) return false;
        var stated = Periods(sentence);
        return stated.Count > 0 && !stated.Overlaps(asked);
    }

    /// <summary>The folded period units <paramref name="text"/> names: "ngay", "tuan", "thang", "quy", "nam".</summary>
    internal static HashSet<string> Periods(string text)
    {
        var folded = VietnameseNormalizer.Fold(text);
        return Period().Matches(folded).Select(m => m.Groups["unit"].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A period, folded: "trong (một) năm", "mỗi tháng", "hằng/hàng tuần", "/tháng" of a rate ("đồng/người/tháng"); not "trong năm 2025"
    /// (a year, not a period) nor "tháng 9" (a month).
    /// </summary>
    [GeneratedRegex(@"(?:\btrong\s+(?:(?:mot|01|1)\s+)?|\bmoi\s+|\bhang\s+|/\s*)(?<unit>ngay|tuan|thang|quy|nam)\b(?!\s*\d)")]
    private static partial Regex Period();
}
