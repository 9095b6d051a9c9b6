using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Whether a quotable unit only repeats its clause's label and heading ("2. Các hoạt động Kỷ niệm."), which answers
/// nothing, or is an item whose heading was read from its own line and which states a value
/// ("b) Người cao tuổi từ đủ 80 tuổi trở lên: 2.0", "a) Hệ số 5,0 đối với trẻ em dưới 04 tuổi;").
/// </summary>
public static partial class HeadingLines
{
    /// <summary>Fewest words beyond the heading (numbers aside) a unit of a clause with a body needs to say something.</summary>
    private const int MinOwnWords = 3;

    /// <summary>Fewest words of a lead-in sentence: "Năm 2025:" or "Giai đoạn 2021 - 2025:" only title what follows.</summary>
    private const int MinLeadInWords = 8;

    /// <summary>
    /// True when <paramref name="sentence"/> says nothing beyond <paramref name="clause"/>'s label and heading. A clause
    /// without sub-clauses whose line states a number past its label is an item with its value (a rate, a coefficient,
    /// an amount), not a title over a body: it is the answer its heading announces, and a sibling without a heading must
    /// not outrank it for want of one.
    /// </summary>
    public static bool IsHeadingOnly(string sentence, PolicyKB.Documents.Clause clause)
    {
        var own = Label().Replace(sentence, "", 1);
        if (clause.ChildIds.Count == 0 && Digit().IsMatch(own)) return false;
        // A sentence leading into its items that states a value ("1. Xã đạt nội dung tiêu chí số 3.6 khi có tối thiểu 01
        // hợp tác xã đạt các yêu cầu sau:") is read as the clause's heading, yet it states the rule: a title ends with no colon.
        if (own.TrimEnd().EndsWith(':') && Digit().IsMatch(own) && SyllableKeys.Keys(own).Count >= MinLeadInWords) return false;
        var heading = SyllableKeys.Keys(clause.Heading).ToHashSet(StringComparer.Ordinal);
        return SyllableKeys.Keys(sentence).Count(k => !heading.Contains(k) && !char.IsDigit(k[0])) < MinOwnWords;
    }

    /// <summary>A leading item label: "2.", "1.2.", "IV.", "b)", "đ)", "-", "+".</summary>
    [GeneratedRegex(@"^\s*(?:(?:\d+|[IVXLC]+)(?:\.\d+)*[.)]|[a-zđ]\)|[-+•])\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
