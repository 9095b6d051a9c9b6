using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// The numbered body of a dispatch, directive or plan over its introduction. The unnumbered paragraphs before the first
/// numbered item (the background: "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP …, Thủ tướng đã giao …") restate every
/// term of the instructions that follow, so they cover a question about a task as well as the item that sets it; but it
/// is the numbered item that says who must do what by when. The introduction also names the event the items act on
/// (a date, a system's number): an item need not repeat it.
/// </summary>
public static partial class NumberedBody
{
    /// <summary>Least number of numbered top-level parts for a document to have a numbered body.</summary>
    private const int MinNumbered = 2;

    /// <summary>How much less of the question a body item may cover than the introduction's sentence it replaces.</summary>
    public const double CoverageSlack = 0.05;

    /// <summary>
    /// The ids of the introduction of a document whose body is numbered: its top-level unnumbered paragraphs, bullets and
    /// preamble before the first numbered top-level part. Empty when the body is not numbered.
    /// </summary>
    public static IReadOnlySet<string> IntroIds(IReadOnlyList<Clause> clauses)
    {
        var top = clauses.Where(c => c.ParentId is null).OrderBy(c => c.Order).ToList();
        var numbered = top.Where(Numbered).ToList();
        if (numbered.Count < MinNumbered) return new HashSet<string>(StringComparer.Ordinal);
        var first = numbered[0].Order;
        return top.Where(c => c.Order < first && c.Kind is ClauseKind.Preamble or ClauseKind.Paragraph or ClauseKind.Bullet)
            .Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The introduction's narrative the body clauses of the document are read with (the event their items act on) for a
    /// question asking who acts, by when or what ("Phó Thủ tướng nào được giao …"): a function giving it for a clause, "" for
    /// a clause of the introduction itself, of a document without a numbered body, or for a question asking a number, a
    /// list, a yes or no (the "năm 2026" of a growth target asked must be the target's own). Only the unnumbered paragraphs tell the event: the preamble's legal bases date other laws.
    /// </summary>
    public static Func<Clause, string> Narrative(IReadOnlyList<Clause> clauses, IReadOnlySet<string> introIds, AnswerType type)
    {
        if (introIds.Count == 0 || !(Asked(type) || type == AnswerType.General)) return _ => "";
        var text = string.Join(' ', clauses.Where(c => introIds.Contains(c.Id) && c.Kind != ClauseKind.Preamble).Select(c => c.Text));
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return clause => introIds.Contains(clause.Id) || !InBody(byId, clause) ? "" : text;
    }

    /// <summary>
    /// The numbers <paramref name="question"/> names as written ("19/12/2025", "751") that <paramref name="narrative"/>
    /// also writes: the event the body's items act on, which they need not repeat.
    /// </summary>
    public static string EventNumbers(string question, string narrative) => narrative.Length == 0 ? "" :
        string.Join(' ', NumberToken().Matches(question).Select(m => m.Value.TrimEnd('.', ',', ';', ':', '?', ')')).Where(t => t.Length > 0 && narrative.Contains(t, StringComparison.Ordinal)));

    /// <summary>
    /// <paramref name="best"/>, or, when it is quoted from the introduction and the question asks who acts or by when,
    /// the best-ranked answering sentence of the same document's numbered body covering the question about as well.
    /// </summary>
    public static SentenceCandidate Prefer(IReadOnlyList<SentenceCandidate> ranked, SentenceCandidate best, AnswerType type,
        Func<string, IReadOnlySet<string>> introIds, Func<string, IReadOnlyList<Clause>> clauses)
    {
        if (!Asked(type)) return best;
        var document = best.Clause.Document.Id;
        var intro = introIds(document);
        if (!intro.Contains(best.Clause.Id)) return best;
        var byId = clauses(document).ToDictionary(c => c.Id, StringComparer.Ordinal);
        return ranked.FirstOrDefault(c => c.Answers && c.Clause.Document.Id == document && !intro.Contains(c.Clause.Id)
            && InBody(byId, c.Clause.Clause) && c.Coverage >= best.Coverage - CoverageSlack) ?? best;
    }

    /// <summary>True when the question asks who acts or by when: what a numbered instruction sets.</summary>
    private static bool Asked(AnswerType type) => type is AnswerType.Agency or AnswerType.Person or AnswerType.Date;

    /// <summary>True when <paramref name="clause"/> lies under (or is) a numbered top-level part.</summary>
    private static bool InBody(Dictionary<string, Clause> clauses, Clause clause)
    {
        var top = clause;
        while (top.ParentId is { } parent && clauses.TryGetValue(parent, out var up)) top = up;
        return Numbered(top);
    }

    private static bool Numbered(Clause clause) =>
        clause.Kind is ClauseKind.Item or ClauseKind.Article or ClauseKind.Clause or ClauseKind.Section or ClauseKind.Chapter or ClauseKind.Part;

    /// <summary>A token holding a digit ("15/3/2026", "751", "05/01/2026,").</summary>
    [GeneratedRegex(@"[^\s(]*\d[^\s]*")]
    private static partial Regex NumberToken();
}
