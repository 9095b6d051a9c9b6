using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Whether a sentence states a span of time, for questions asking "bao lâu" (issue #11, calibrated answerability): a
/// count of a unit of time in digits or words ("30 ngày làm việc", "24-48 giờ", "năm năm", "02 năm"), a recurrence
/// ("hằng tuần"), the same day ("trong ngày", "ngay sau khi"), or a limit up to a date ("đến hết ngày 31/12"). A sentence
/// saying what is done, by whom, without any of these ("Quyết định việc nuôi con nuôi …"), states no span. Texts are
/// folded and lower case.
/// </summary>
public static partial class DurationValue
{
    /// <summary>True when <paramref name="folded"/> states a span of time.</summary>
    public static bool Holds(string folded) => Span().IsMatch(folded);

    // A count starts a number of its own: "98/2023/QH15 ngày 29/6" holds the session "QH15", not a span of 15 days.
    [GeneratedRegex(@"(?<![\p{L}\d.,])\d[\d.,]*\s*(?:[-–]\s*\d+\s*)?(?:ngay|thang|nam|tuan|gio|phut|quy|h)\b|\b(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|muoi lam|hai muoi|ba muoi)\s+(?:ngay|thang|nam|tuan|gio|quy)\b|\b(?:hang|moi|dinh ky)\s+(?:ngay|tuan|thang|quy|nam)\b|\btrong (?:ngay|tuan)\b|\bngay (?:khi|sau)\b|\bden (?:het|ngay|nam|thang)\b|\bthuong xuyen\b|\blau dai\b")]
    private static partial Regex Span();
}
