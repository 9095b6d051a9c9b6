using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Whether a sentence states an amount of money, in any of the forms documents write it (issue #11, calibrated
/// answerability): digits and a unit ("1,5 tỷ đồng", "1,5 tỉ", "500.000đ", "200.000 VNĐ", "35 trđ", "10.000 USD"), the
/// amount in words ("năm trăm nghìn đồng"), a bare number under a heading naming the unit ("Đơn vị: triệu đồng"), or a
/// multiple of a reference pay ("bằng 0,5 lần mức lương cơ sở", "hệ số 0,3"). Texts are folded and lower case.
/// </summary>
public static partial class MoneyValue
{
    /// <summary>True when <paramref name="folded"/> states an amount of money, its unit possibly in <paramref name="context"/> (its headings).</summary>
    public static bool Holds(string folded, string context) =>
        Amount().IsMatch(folded) || InWords().IsMatch(folded)
        || (Digit().IsMatch(folded) && (ReferencePay().IsMatch(folded) || Unit().IsMatch(context)));

    /// <summary>
    /// True when every amount <paramref name="folded"/> states is a rate per person, item or period ("100.000 đồng/người
    /// /buổi", "500.000 đồng mỗi tháng"), and it states at least one: such a sentence gives no total.
    /// </summary>
    public static bool OnlyRates(string folded)
    {
        var amounts = Amount().Matches(folded);
        return amounts.Count > 0 && amounts.All(a => Rate().IsMatch(folded[(a.Index + a.Length)..]));
    }

    /// <summary>What follows an amount to make it a rate: "/người", "một tháng", "mỗi hộ", "cho mỗi người".</summary>
    [GeneratedRegex(@"^\s*(?:/|(?:moi|mot|cho moi|tren)\s+\p{L})")]
    private static partial Regex Rate();

    /// <summary>"1,5 tỷ đồng", "200.000 đồng/người", "35 triệu", "10.000 USD", "5.000 tỷ", "1,5 tỉ", "500.000đ", "35 trđ".</summary>
    [GeneratedRegex(@"\d[\d.,]*(?:\s*(?:\([^)]{1,30}\)\s*)?(?:dong|trieu|ty|ti|nghin|ngan|usd|vnd|trd|tr|euro)|d)\b")]
    private static partial Regex Amount();

    /// <summary>An amount in words: "năm trăm nghìn đồng", "hai tỷ đồng", "mười triệu đồng".</summary>
    [GeneratedRegex(@"\b(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram)\s+(?:(?:tram|muoi|linh|le)\s+(?:\S+\s+)?)?(?:nghin|ngan|trieu|ty|ti)\s+dong\b")]
    private static partial Regex InWords();

    /// <summary>A multiple of a reference pay: "mức lương cơ sở", "lương tối thiểu", "hệ số".</summary>
    [GeneratedRegex(@"\b(?:luong co so|luong toi thieu|muc luong|he so)\b")]
    private static partial Regex ReferencePay();

    /// <summary>A unit of money named by a heading or a table's unit line: "triệu đồng", "Đơn vị tính: triệu".</summary>
    [GeneratedRegex(@"\b(?:dong|trieu dong|ty dong|ti dong|nghin dong|usd|vnd|trd)\b|don vi(?: tinh)?\s*:?\s*(?:trieu|ty|ti|nghin|ngan)\b")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
