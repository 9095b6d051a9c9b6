using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A fee or a fine asked (issue #11, calibrated answerability): "Phí sử dụng Cổng thông tin … là bao nhiêu?", "… bị phạt
/// bao nhiêu?". Such a charge is stated as an amount of money (<see cref="MoneyValue"/>), a share ("2% giá trị", a
/// charge on a value) or an exemption ("miễn", "không thu"); a quote about the same thing that states none of them (a
/// time limit, a procedure) answers nothing. "kinh phí", "chi phí" name money spent, not a charge, and "số mấy" asks a
/// number, not an amount.
/// </summary>
public static partial class ChargeValue
{
    /// <summary>True when <paramref name="question"/> asks how much a fee or a fine is.</summary>
    public static bool Asked(string question)
    {
        var q = " " + Spaces().Replace(Punctuation().Replace(FoldedQuestion.Of(question), " "), " ").Trim() + " ";
        return !q.Contains(" so may ", StringComparison.Ordinal) && !Share().IsMatch(q) && ChargeAsked().IsMatch(q);
    }

    /// <summary>True when <paramref name="sentence"/> (with its <paramref name="headings"/>) states a charge: money, a share or an exemption.</summary>
    public static bool Holds(string sentence, string headings)
    {
        var s = VietnameseNormalizer.Fold(UnitSymbols.Spelled(sentence));
        var context = VietnameseNormalizer.Fold(headings);
        return MoneyValue.Holds(s, context) || Stated().IsMatch($"{s} {context}");
    }

    /// <summary>"phí … bao nhiêu", "lệ phí … là bao nhiêu", "bị phạt bao nhiêu", "mức thu … mấy": a charge asked, folded.</summary>
    [GeneratedRegex(@"(?<!kinh|chi) (?:phi|le phi|muc phi|phat|phat tien|bi phat|muc phat|muc thu)(?: \S+){0,12}? (?:bao nhieu|may) ")]
    private static partial Regex ChargeAsked();

    /// <summary>A share or a multiple asked ("tỷ lệ", "phần trăm", "gấp mấy lần"): a number, which <see cref="AskedTypeEvidence"/> reads.</summary>
    [GeneratedRegex(@" ty le | phan tram|%| lan | gap ")]
    private static partial Regex Share();

    /// <summary>A charge stated as a share or an exemption, folded: "2%", "phần trăm", "miễn", "không thu".</summary>
    [GeneratedRegex(@"%|\bphan tram\b|\bmien\b|\bkhong thu\b")]
    private static partial Regex Stated();

    [GeneratedRegex(@"[^\p{L}\d%/ ]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
