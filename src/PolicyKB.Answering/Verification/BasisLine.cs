using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A preamble's legal-basis line ("Căn cứ Nghị định số 278/2025/NĐ-CP … quy định về kết nối, chia sẻ dữ liệu …;")
/// names a document the issuer relies on; it states none of that document's rules, nor any rule of its own. Quoted for
/// anything but a question about the basis, it answers a question nobody asked ("NĐ 278 quy định những dữ liệu nào?",
/// "Học phí đại học là bao nhiêu?").
/// </summary>
public static partial class BasisLine
{
    /// <summary>
    /// True when every part of <paramref name="sentence"/> (between semicolons) is a basis line — a part such as "Theo đề
    /// nghị của Giám đốc Sở Tài chính" states who proposed; the enacting word in capitals ("QUYẾT ĐỊNH:") states nothing — and <paramref name="question"/> does not ask the basis.
    /// </summary>
    public static bool AnswersNothing(string question, string sentence) =>
        sentence.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => part.Any(char.IsLower)).All(part => Basis().IsMatch(part) && !OwnRule().IsMatch(part) && !Recalled().IsMatch(part))
        && !BasisAsked().IsMatch(" " + Punctuation().Replace(FoldedQuestion.Of(question), " ") + " ");

    [GeneratedRegex(@"[^\p{L}\d ]+")]
    private static partial Regex Punctuation();

    /// <summary>
    /// A "Căn cứ …" part that goes on to state a rule of its own: "Căn cứ chức năng nhiệm vụ …, trường hợp cần thiết …
    /// thì các cơ quan … có trách nhiệm ban hành … trước ngày 31 tháng 12 năm 2025." — "căn cứ" opens a condition of the
    /// rule, not a preamble line citing a document; its obligation ("có trách nhiệm", "phải"), consequence ("thì") or
    /// deadline ("trước ngày") is the clause's own content.
    /// </summary>
    [GeneratedRegex(@"\s(?:thì|có trách nhiệm|phải|trước ngày)\s")]
    private static partial Regex OwnRule();

    /// <summary>
    /// "Căn cứ các quy định nêu trên, Công ty … thì …": a letter's conclusion drawn from the rules it quoted above cites
    /// no document; it states the answer.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[-–•*]\s*)?Căn cứ\s+(?:\p{L}+\s+){0,4}?(?:nêu trên|nói trên|trên đây|đã nêu)\b")]
    private static partial Regex Recalled();

    /// <summary>"Căn cứ …" at the start, after any list mark.</summary>
    [GeneratedRegex(@"^\s*(?:[-–•*]\s*)?Căn cứ\b")]
    private static partial Regex Basis();

    /// <summary>"căn cứ", "cơ sở pháp lý", "dựa trên", "theo văn bản nào": the question asks the basis itself.</summary>
    [GeneratedRegex(@" can cu | co so (?:phap ly|phap li) | dua (?:tren|vao) | theo (?:van ban|luat|nghi dinh|quyet dinh|thong tu) nao ")]
    private static partial Regex BasisAsked();
}
