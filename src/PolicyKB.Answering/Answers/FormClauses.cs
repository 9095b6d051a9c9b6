using System.Text.RegularExpressions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// The forms attached to a regulation ("Mẫu số 01 … ĐỀ NGHỊ HỖ TRỢ TIỀN THUÊ NHÀ"): an applicant fills them in, and
/// their lines restate the regulation's conditions as declarations ("Có HĐLĐ được giao kết … trước ngày 01/4/2022",
/// "TÊN DOANH NGHIỆP/"). The article states the rule; a form's line answers only a question about the form itself.
/// </summary>
public static partial class FormClauses
{
    /// <summary>Ranks a form's line below the article it restates: tuned on answers-dev-6 dev.</summary>
    private const double Weight = 0.1;

    /// <summary>
    /// What a sentence of <paramref name="clause"/> loses for <paramref name="question"/>: <see cref="Weight"/> when the
    /// clause is a form and the question does not ask about one, else 0. Both answer paths (extractive and focused) rank
    /// by it, so they agree on it.
    /// </summary>
    public static double Penalty(string question, RetrievedClause clause) => IsForm(clause) && !Asked(question) ? Weight : 0;

    /// <summary>True when <paramref name="clause"/> is a form ("Mẫu số N" annex, id element "M1") or inside one.</summary>
    public static bool IsForm(RetrievedClause clause) =>
        clause.Ancestors.Append(clause.Clause).Any(c => c.Kind == ClauseKind.Appendix && FormLabel().IsMatch(c.Label));

    /// <summary>True when <paramref name="question"/> asks about a form ("mẫu số 02", "mẫu đơn", "tờ khai").</summary>
    public static bool Asked(string question) => FormAsked().IsMatch(PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(question));

    /// <summary>A form's annex label as stored: "M" and its number ("M1", "M2~2" for the second printing).</summary>
    [GeneratedRegex(@"^M\d")]
    private static partial Regex FormLabel();

    /// <summary>Words asking about a form, folded.</summary>
    [GeneratedRegex(@"\b(?:mau|bieu mau|to khai|don de nghi|phieu)\b")]
    private static partial Regex FormAsked();
}
