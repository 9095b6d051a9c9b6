using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A quote about another year than the one asked (issue #11, calibrated answerability): "tuổi nghỉ hưu của cán bộ nam
/// năm 2026" answered with a rule that names no 2026, or "kế hoạch phối hợp … năm 2016" answered from the 2015 plan. A
/// year the question names singles out one member of a yearly family (plans, targets, rates by year); when neither the
/// quote, its headings, nor its document's number, title, issuer or years name it, the quote speaks of another one.
/// Years inside a document number or a full date, and spans of years (<see cref="SiblingPeriod"/>), are not read here;
/// nor is a year written only as the base of a comparison ("so với … năm 2024") beside the year the value is for.
/// </summary>
public static partial class SiblingYear
{
    /// <summary>
    /// The year <paramref name="question"/> names that <paramref name="quoted"/> (a quote with its headings and its
    /// document's number, title and issuer) never writes and <paramref name="documentYears"/> does not hold; otherwise null.
    /// </summary>
    public static string? Missing(string question, string quoted, IReadOnlySet<int> documentYears)
    {
        var compared = Comparison().Matches(question).SelectMany(c => Year().Matches(c.Value)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var year in Asked(question))
        {
            if (documentYears.Contains(int.Parse(year, CultureInfo.InvariantCulture))) continue;
            if (!Regex.IsMatch(quoted, $@"(?<!\d){year}(?!\d)")) return year;
            // "năm 2030 đạt dưới 40 μg/m3 (giảm 20% so với mức trung bình năm 2024)": a year written only as the base a
            // value is compared with is not the year the value is for, when the quote writes the year it is for.
            // A question asking about the comparison itself ("tăng bao nhiêu so với năm 2024") asks that base.
            var own = Comparison().Replace(quoted, " ");
            if (!compared.Contains(year) && !Regex.IsMatch(own, $@"(?<!\d){year}(?!\d)") && Year().IsMatch(NotOwnYears().Replace(own, " "))) return year;
        }
        return null;
    }

    /// <summary>The years <paramref name="question"/> names on their own: "năm 2026", "2016" (not "01/2025/TT-BTC", "19/7/2025", "2025-2030").</summary>
    internal static IEnumerable<string> Asked(string question) =>
        Year().Matches(NotOwnYears().Replace(question, " ")).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    /// <summary>Where a year is part of something else: a document number, a full date, a span of years.</summary>
    [GeneratedRegex(@"\d+/\d{4}/\S+|\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d{2}\s*(?:[-–—]|đến(?:\s+năm)?)\s*(?:19|20)\d{2}")]
    private static partial Regex NotOwnYears();

    [GeneratedRegex(@"(?<![\d/.,])(?:19|20)\d{2}(?![\d/])")]
    private static partial Regex Year();

    /// <summary>A comparison's base, up to the end of its phrase: "so với mức trung bình năm 2024", "so với cùng kỳ năm 2025".</summary>
    [GeneratedRegex(@"(?i)\bso với\b[^,;:()]*")]
    private static partial Regex Comparison();
}
