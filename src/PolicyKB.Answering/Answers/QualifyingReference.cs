using System.Text.RegularExpressions;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// A question that names a document only to say which thing it means: "nghị định sửa đổi Nghị định 72/2020/NĐ-CP",
/// "trợ cấp theo Quyết định 53/2010/QĐ-TTg", "nguồn hỗ trợ đặc thù theo NQ 37/2021/QH15". It asks about the document
/// that amends, implements or pays out under the one named, not about the named one itself, so a stored document that
/// cites the named one can answer it even when the named one is not stored. A question opening with "Theo Nghị định X,"
/// asks what X says, and is not such a question.
/// </summary>
public static partial class QualifyingReference
{
    /// <summary>
    /// True when each of the <paramref name="wanted"/> numbers that <paramref name="question"/> names comes after a word
    /// relating another thing to it ("sửa đổi", "theo", "quy định tại", "hướng dẫn" …) that does not open the question.
    /// </summary>
    public static bool Qualifies(string question, IReadOnlySet<string> wanted)
    {
        var named = QuestionAnalyzer.Number().Matches(question).Where(m => wanted.Contains(KnowledgeSnapshot.Normalized(m.Value))).ToList();
        return named.Count > 0 && named.All(m => Relation().Match(question[..m.Index]) is { Success: true } r
            && question[..r.Index].Any(char.IsLetter));
    }

    /// <summary>True when some clause of document <paramref name="documentId"/> cites one of <paramref name="wanted"/>.</summary>
    public static bool CitedBy(string documentId, IReadOnlySet<string> wanted, KnowledgeSnapshot knowledge) =>
        wanted.Any(w => (knowledge.CitingClauses.GetValueOrDefault(w) ?? []).Any(id => id.StartsWith(documentId + "/", StringComparison.Ordinal)));

    /// <summary>A relating word, then the document's kind (full or abbreviated) and "số", right before the number.</summary>
    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:sửa đổi|bổ sung|thay thế|bãi bỏ|kéo dài|hướng dẫn|thi hành|triển khai|thực hiện|quy định tại|theo)\s+(?:(?:luật|nghị định|thông tư|quyết định|nghị quyết|chỉ thị|kế hoạch|nđ|nq|qđ|tt|ct|kh)\.?\s*)?(?:số\s*)?$")]
    private static partial Regex Relation();
}
