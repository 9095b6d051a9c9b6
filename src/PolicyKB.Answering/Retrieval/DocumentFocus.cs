using System.Text.RegularExpressions;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// Finds the documents a question is about. First by the document's own number as typed, whole or partial ("Thông tư
/// 01/2025/TT-BLĐTBXH", "Nghị quyết 63/2025", "Kế hoạch 1026"), kept to the places and years the question names;
/// else by its title words: the document whose type, title and issuer share the most rare words with the question,
/// when it stands clearly above the others of the places named.
/// </summary>
public static partial class DocumentFocus
{
    /// <summary>Least rarity-weighted share of a title-named document's words (of the question) to focus on it.</summary>
    private const double MinTitleShare = 0.3;

    /// <summary>How far the best title match must stand above the second.</summary>
    private const double TitleMargin = 1.5;

    /// <summary>Least share for <see cref="FindByWholeTitle"/>: the question is hardly more than the title.</summary>
    private const double WholeTitleShare = 0.8;

    /// <summary>
    /// The documents <paramref name="question"/> names, best first; empty when it names none. Title matching
    /// (<paramref name="byTitle"/>) is tried only when no number is named.
    /// </summary>
    public static IReadOnlyList<DocumentProfile> Find(QuestionAnalysis question, KnowledgeSnapshot knowledge, bool byTitle = false)
    {
        var byNumber = ByNumber(question, knowledge, out _);
        return byNumber.Count > 0 || !byTitle ? byNumber : ByTitle(question, knowledge);
    }

    /// <summary>
    /// The one document whose type, title and issuer hold nearly all of the question's rare words ("Ai ký quyết định kiện
    /// toàn ban chỉ đạo cải cách tiền lương?"), standing clearly above the others; empty when the question types a
    /// document number (a document not stored must not be answered for by a look-alike title) or no title is that close.
    /// </summary>
    public static IReadOnlyList<DocumentProfile> FindByWholeTitle(QuestionAnalysis question, KnowledgeSnapshot knowledge) =>
        TypedNumber().IsMatch(VietnameseNormalizer.Fold(question.Question)) ? [] : ByTitle(question, knowledge, WholeTitleShare);

    /// <summary>
    /// True when one number the question names fits several documents the places named do not tell apart ("Kế hoạch
    /// 172" of two issuers): the answer should ask which one is meant.
    /// </summary>
    public static bool IsAmbiguous(QuestionAnalysis question, KnowledgeSnapshot knowledge)
    {
        ByNumber(question, knowledge, out var ambiguous);
        return ambiguous;
    }

    /// <summary>True when <paramref name="folded"/> (folded text) opens with a document's type and number ("cv 5528/ct-cs", "kl 213").</summary>
    public static bool OpensWithTypedNumber(string folded) => TypedNumber().Match(folded) is { Success: true, Index: 0 };

    private static List<DocumentProfile> ByNumber(QuestionAnalysis question, KnowledgeSnapshot knowledge, out bool ambiguous)
    {
        ambiguous = false;
        var folded = VietnameseNormalizer.Fold(question.Question);
        var found = new List<DocumentProfile>();
        foreach (Match match in TypedNumber().Matches(folded))
        {
            var type = match.Groups["type"].Value;
            var serial = match.Groups["serial"].Value.TrimStart('0');
            var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            var suffix = match.Groups["suffix"].Success ? match.Groups["suffix"].Value.Replace("-", "", StringComparison.Ordinal) : null;
            var matched = new List<DocumentProfile>();
            foreach (var document in knowledge.Documents.Values)
            {
                var m = document.Document.Metadata;
                if (m.Number is null || m.Type is null || !TypeMatches(type, VietnameseNormalizer.Fold(m.Type))) continue;
                var number = VietnameseNormalizer.Fold(m.Number);
                var own = OwnNumber().Match(number);
                if (!own.Success || own.Groups["serial"].Value.TrimStart('0') != serial) continue;
                if (year is { } y && !number.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) && m.IssuedOn?.Year != y) continue;
                if (suffix is not null && !number.Replace("-", "", StringComparison.Ordinal).Contains(suffix, StringComparison.Ordinal)) continue;
                matched.Add(document);
            }
            if (matched.Count > 1 && question.Places.Count > 0 && matched.Count(d => d.Places.Overlaps(question.Places)) > 0)
            {
                matched = matched.Where(d => d.Places.Overlaps(question.Places)).ToList();
            }
            ambiguous |= matched.Count > 1;
            found.AddRange(matched.Where(d => !found.Contains(d)));
        }
        // Several documents share a serial ("Kế hoạch 36" of two provinces): the places named choose among them.
        if (found.Count > 1 && question.Places.Count > 0)
        {
            var placed = found.Where(d => d.Places.Overlaps(question.Places)).ToList();
            if (placed.Count > 0) return placed;
        }
        return found;
    }

    private static List<DocumentProfile> ByTitle(QuestionAnalysis question, KnowledgeSnapshot knowledge, double minShare = MinTitleShare)
    {
        var pool = knowledge.Documents.Values.Where(d => question.Places.Count == 0 || d.Places.Overlaps(question.Places)).ToList();
        if (pool.Count == 0 || question.ContentKeys.Count == 0) return [];
        var total = question.ContentKeys.Sum(k => knowledge.Terms.Idf(k, question.Folded));
        if (total <= 0) return [];
        var scored = pool
            .Select(d => (Document: d, Share: question.ContentKeys.Where(NameKeys(d, question.Folded, knowledge).Contains).Sum(k => knowledge.Terms.Idf(k, question.Folded)) / total))
            .OrderByDescending(s => s.Share).ToList();
        var best = scored[0];
        var second = scored.Count > 1 ? scored[1].Share : 0;
        if (best.Share < minShare || best.Share < second * TitleMargin) return [];
        return [best.Document];
    }

    /// <summary>The document's type, title and issuer keys, folded once per snapshot (not per question and word).</summary>
    private static IReadOnlySet<string> NameKeys(DocumentProfile document, bool folded, KnowledgeSnapshot knowledge) =>
        folded ? knowledge.DocumentKeys.GetOrAdd((document.Id, "title", true), _ => Text.SyllableKeys.Keys(
                     $"{document.Document.Metadata.Type} {document.Document.Metadata.Title} {document.Document.Metadata.Issuer}", fold: true).ToHashSet(StringComparer.Ordinal))
               : document.NameKeys;

    private static bool TypeMatches(string asked, string type) => asked switch
    {
        "tt" => type == "thong tu",
        "nq" => type == "nghi quyet",
        "qd" => type.StartsWith("quyet dinh", StringComparison.Ordinal),
        "nd" => type == "nghi dinh",
        "ct" => type == "chi thi",
        "kh" => type == "ke hoach",
        "cv" => type == "cong van",
        "cd" => type == "cong dien",
        "tb" => type == "thong bao",
        "kl" => type == "ket luan",
        "hd" => type == "huong dan",
        "bc" => type == "bao cao",
        // A Party or government "Thông báo kết luận" is filed as a Thông báo (TB) and read as a Kết luận.
        "thong bao ket luan" => type is "thong bao" or "ket luan",
        _ => type.StartsWith(asked, StringComparison.Ordinal),
    };

    /// <summary>
    /// A type word and a number, whole or partial: "thong tu 01/2025/tt-bldtbxh", "nghi quyet so 63/2025", "kh 1026",
    /// "cong van 5489/ct-cs", "ket luan 212-kl/tw", "cong dien 228/cd-ttg", "quy dinh 296-qd/tw", "to trinh 45".
    /// </summary>
    [GeneratedRegex(@"\b(?<type>thong tu|nghi quyet|quyet dinh|nghi dinh|chi thi|ke hoach|cong van|cong dien|thong bao ket luan|ket luan|thong bao|huong dan|quy dinh|quy che|bao cao|to trinh|chuong trinh|de an|tt|nq|qd|nd|ct|kh|cv|cd|tb|kl|hd|bc)\.?\s+(?:so\s+)?(?<serial>\d{1,5})(?:\s*/\s*(?<year>(?:19|20)\d\d))?(?:\s*[/\-]\s*(?<suffix>[a-z][a-z\d\-]*))?")]
    private static partial Regex TypedNumber();

    /// <summary>The serial at the head of a stored number ("0130/kh-ubnd" → 0130, "16/2025/nd-cp" → 16).</summary>
    [GeneratedRegex(@"^(?<serial>\d{1,5})")]
    private static partial Regex OwnNumber();
}
