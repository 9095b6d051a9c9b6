using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// What a question asks of a relation or a reason that a quote does not state. "Thông tư nào thay thế Thông tư 08?"
/// asks the document standing in that relation: a quote (with its headings) that never speaks of replacing names a
/// document in some other relation (one kept in force by a transitional article). "Vì sao …?" asks a reason: a quote
/// with no word giving one ("vì", "do", "nhằm", "để", "căn cứ", "theo") is a title or a rule, not the reason. Both are
/// read from the question's words and the quote's, never a document's.
/// </summary>
public static partial class AskedRelation
{
    /// <summary>
    /// What of a relation or reason <paramref name="question"/> asks that <paramref name="sentence"/> with its
    /// <paramref name="headings"/> does not state, in Vietnamese, or null.
    /// </summary>
    public static string? Missing(string question, string sentence, string headings)
    {
        var q = " " + Punctuation().Replace(FoldedQuestion.Of(question), " ").Trim() + " ";
        if (RelationAsked().Match(q) is { Success: true } relation)
        {
            var verb = relation.Groups["verb"].Value;
            var folded = " " + Punctuation().Replace(VietnameseNormalizer.Fold($"{sentence} {headings}"), " ") + " ";
            if (!folded.Contains(" " + verb + " ", StringComparison.Ordinal)) return $"văn bản {Typed(question, verb)} được hỏi";
        }
        if (ReasonAsked().IsMatch(q) && !ReasonGiven().IsMatch($"{sentence} {headings}")) return "lý do được hỏi";
        return null;
    }

    /// <summary>The words of <paramref name="question"/> as typed whose folded form is <paramref name="folded"/>.</summary>
    private static string Typed(string question, string folded)
    {
        var words = Regex.Matches(question, @"\p{L}+").Select(m => m.Value.ToLowerInvariant()).ToList();
        var length = folded.Split(' ').Length;
        for (var i = 0; i + length <= words.Count; i++)
        {
            var run = string.Join(' ', words.Skip(i).Take(length));
            if (VietnameseNormalizer.Fold(run) == folded) return run;
        }
        return folded;
    }

    [GeneratedRegex(@"[^\p{L}\d ]+")]
    private static partial Regex Punctuation();

    /// <summary>
    /// "thông tư nào thay thế …", "thay thế những nghị định nào", "văn bản nào sửa đổi …": a document asked by the relation it holds.
    /// </summary>
    [GeneratedRegex(@" (?:van ban|thong tu|nghi dinh|quyet dinh|nghi quyet|chi thi|luat) nao (?:da |se |duoc )?(?<verb>thay the|sua doi|bai bo|huong dan|ngung hieu luc) | (?<verb>thay the|sua doi|bai bo|huong dan|ngung hieu luc) (?:cho )?(?:nhung |cac )?(?:van ban|thong tu|nghi dinh|quyet dinh|nghi quyet|chi thi|luat) nao ")]
    private static partial Regex RelationAsked();

    /// <summary>"vì sao", "tại sao", "lý do gì", "nguyên nhân nào": a reason asked.</summary>
    [GeneratedRegex(@" (?:vi sao|tai sao|ly do (?:gi|nao)|nguyen nhan (?:gi|nao)) ")]
    private static partial Regex ReasonAsked();

    /// <summary>A word giving a reason or ground, as the documents write it (with its diacritics: "do", not "đó" or "độ").</summary>
    [GeneratedRegex(@"(?i)\b(?:vì|do|nhằm|để|bởi|căn cứ|theo|lý do|nguyên nhân|nên|đang)\b")]
    private static partial Regex ReasonGiven();
}
