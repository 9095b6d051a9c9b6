using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A quote about another span of years than the one asked (issue #11, calibrated answerability): "Thời điểm tính tuổi
/// quy hoạch nhiệm kỳ 2035-2040 là tháng nào?" answered with the months of "nhiệm kỳ 2030-2035". Plans, terms and
/// stages are written as spans of years; a quote that writes spans, none of them one the question names, speaks of a
/// sibling term. A quote writing no span at all is let through (the span may be its heading's or its document's).
/// </summary>
public static partial class SiblingPeriod
{
    /// <summary>
    /// The span <paramref name="question"/> names ("2035-2040") when <paramref name="quoted"/> (a quote with its headings)
    /// writes spans of years and none of them is one the question names; otherwise null.
    /// </summary>
    public static string? Missing(string question, string quoted)
    {
        var asked = Spans(question);
        if (asked.Count == 0) return null;
        var written = Spans(quoted);
        return written.Count == 0 || written.Overlaps(asked) ? null : asked.First();
    }

    /// <summary>The spans of years <paramref name="text"/> writes, as "2030-2035": "2030-2035", "2030 – 2035", "2030 đến 2035".</summary>
    private static HashSet<string> Spans(string text) =>
        Span().Matches(text).Select(m => $"{m.Groups["from"].Value}-{m.Groups["to"].Value}").ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\d/.])(?<from>(?:19|20)\d{2})\s*(?:[-–—]|đến(?:\s+năm)?)\s*(?<to>(?:19|20)\d{2})(?![\d/])")]
    private static partial Regex Span();
}
