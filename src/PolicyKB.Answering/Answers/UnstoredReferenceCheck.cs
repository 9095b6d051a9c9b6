using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Keeps a question about a document the store only cites from being answered out of another document. A question
/// naming "Quyết định 7619/QĐ-BCA" asks about that decision; when it is not stored, the only clauses that can speak of
/// it are those that name it. A quote from elsewhere ("Nghị định này có hiệu lực từ …" of some stored decree) answers
/// a different question, so the answer becomes the refusal saying the document is not stored.
/// </summary>
public static partial class UnstoredReferenceCheck
{
    /// <summary>
    /// The documents <paramref name="question"/> names that are not stored, when it names no stored document by number
    /// as well (a question about a stored plan may name what it cites): numbers of no stored document, and documents
    /// named by name only ("Luật Việc làm") that the stored documents cite but the store does not hold.
    /// </summary>
    public static IReadOnlyList<string> Unstored(QuestionAnalysis question, KnowledgeSnapshot knowledge)
    {
        var named = QuestionAnalyzer.Number().Matches(question.Question).Select(m => m.Value.Trim()).ToList();
        var byName = question.References.Where(k => !k.Any(char.IsDigit)).Select(KnowledgeSnapshot.Normalized)
            .Where(k => knowledge.CitingClauses.ContainsKey(k) && !knowledge.ResolvedKeys.Contains(k)).ToList();
        if (named.Count + byName.Count == 0 || DocumentFocus.Find(question, knowledge).Count > 0) return [];
        return named.Where(n => !knowledge.StoredNumbers.Contains(KnowledgeSnapshot.Normalized(n))).Concat(byName).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// <paramref name="draft"/>, or the refusal when the question names a document that is not stored and neither the
    /// clauses the draft quotes nor the title or preamble of their documents name it (a plan implementing a resolution
    /// names it there, and answers questions put in the resolution's name); <paramref name="frame"/> reads a clause.
    /// </summary>
    public static DraftAnswer Apply(QuestionAnalysis question, KnowledgeSnapshot knowledge, DraftAnswer draft, Func<string, RetrievedClause?> frame)
    {
        if (draft.Refused || draft.Mode == AnswerModes.Graph) return draft;
        var unstored = Unstored(question, knowledge);
        if (unstored.Count == 0) return draft;
        var wanted = unstored.Select(KnowledgeSnapshot.Normalized).ToHashSet(StringComparer.Ordinal);
        // A date or signer stated of its own document ("Quyết định này có hiệu lực kể từ ngày ký") is that document's,
        // not one of the document its title or preamble names; so is the signer or date of a document the facts layer
        // states (a task's lead it states is the task's, which the plan may take from the document it cites).
        var ownFact = AnswerTypeClassifier.Classify(question.Question) is AnswerType.Date or AnswerType.Person;
        var documentFact = draft.Mode == AnswerModes.Facts && Facts.FactQuestions.Classify(question.Question)
            is Facts.FactQuestionKind.Signer or Facts.FactQuestionKind.IssuedOn or Facts.FactQuestionKind.EffectiveOn;
        if (draft.Sources.Any(s => NamesNotDeferring(s.Clause.Text, wanted) || (!(ownFact && (SelfReferring(s) || documentFact))
            && (Names(s.FrameText, wanted) || Names(s.Document.Title, wanted)
            || (frame($"{s.Document.Id}/preamble") is { } preamble && Names(preamble.Clause.Text, wanted))))))
        {
            return draft;
        }
        // A question naming the document only to say which thing it means asks about a document citing it.
        if (QualifyingReference.Qualifies(question.Question, wanted) && draft.Sources.Any(s => QualifyingReference.CitedBy(s.Document.Id, wanted, knowledge)))
        {
            return draft;
        }
        // The clauses that cite it are what the store knows of it: shown beside the refusal.
        var citing = wanted.SelectMany(w => knowledge.CitingClauses.GetValueOrDefault(w) ?? []).Distinct(StringComparer.Ordinal)
            .Select(frame).OfType<RetrievedClause>().Take(3).ToList();
        return Refusals.Create(draft.Mode, $"Kho chưa lưu văn bản {string.Join(", ", unstored)}; các văn bản hiện có chỉ trích dẫn văn bản này.",
            citing);
    }

    /// <summary>True when the clause speaks of its own document ("Quyết định này", "Kế hoạch này").</summary>
    private static bool SelfReferring(RetrievedClause source) =>
        source.Document.Document.Metadata.Type is { Length: > 0 } type && source.Clause.Text.Contains(type + " này", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="text"/> names a wanted document other than to defer to it ("được thành lập theo điều
    /// kiện … quy định tại Nghị định số 82/2018/NĐ-CP", "Đối tượng quy định tại khoản 3 Điều 4 Nghị định số 67/2007/NĐ-CP"):
    /// a clause that sends the reader to the document for the rule does not state the rule.
    /// </summary>
    private static bool NamesNotDeferring(string text, HashSet<string> wanted) =>
        QuestionAnalyzer.Number().Matches(text = Joined(text)).Any(m => wanted.Contains(KnowledgeSnapshot.Normalized(m.Value)) && !Deferral().IsMatch(text[..m.Index]))
        || NamesByName(text, wanted);

    /// <summary>Words that send the reader to the document named next: "quy định tại (khoản 3 Điều 4) Nghị định số".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?:quy định tại|quy định của|theo quy định|hướng dẫn tại)(?:\s+(?:điểm|khoản|điều|mục|chương|phụ lục)\s+[\dA-Za-zđ]+)*\s+(?:các\s+)?(?:luật|nghị định|thông tư|quyết định|nghị quyết|chỉ thị)?\s*(?:số\s*)?$")]
    private static partial System.Text.RegularExpressions.Regex Deferral();

    /// <summary>
    /// <paramref name="text"/> with a số hiệu's hyphen rejoined where the source set a space on one side of it ("Chỉ thị
    /// số 13/CT- TTg", "135/2020/NĐ -CP"): the clause names the document all the same.
    /// </summary>
    internal static string Joined(string text) => SplitHyphen().Replace(text, "-");

    /// <summary>A hyphen with a space on one side only, after "số/KÝ HIỆU" and before a capital.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d/(?:\d{4}/)?\p{Lu}[\p{L}\d]*)(?: -|- )(?=\p{Lu})")]
    private static partial System.Text.RegularExpressions.Regex SplitHyphen();

    private static bool Names(string text, HashSet<string> wanted) =>
        QuestionAnalyzer.Number().Matches(Joined(text)).Any(m => wanted.Contains(KnowledgeSnapshot.Normalized(m.Value))) || NamesByName(text, wanted);

    /// <summary>True when <paramref name="text"/> names a wanted document known by name only ("Luật Việc làm"), folded, on word boundaries.</summary>
    private static bool NamesByName(string text, HashSet<string> wanted)
    {
        var names = wanted.Where(w => !w.Any(char.IsDigit)).ToList();
        if (names.Count == 0) return false;
        var folded = " " + string.Join(' ', Text.SyllableKeys.Keys(text, fold: true)) + " ";
        return names.Any(n => folded.Contains(" " + string.Join(' ', Text.SyllableKeys.Keys(n, fold: true)) + " ", StringComparison.Ordinal));
    }
}
