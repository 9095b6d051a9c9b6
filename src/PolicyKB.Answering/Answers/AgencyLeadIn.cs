using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// "Bộ nào chỉ đạo …" answered by an item of a body's tasks ("a) Thực hiện chi trả gộp …") that names no body: the body
/// is named by the lead-in above it ("1.4. Bảo đảm an sinh xã hội Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:"),
/// which the quoting answerer quotes first, with the item as its one item (issue #11 round 23, dev half of
/// tests/eval/answers-unseen-20.jsonl). The focused answerer reads the same lead-in through its candidates' LeadIn.
/// </summary>
public static class AgencyLeadIn
{
    private const int MaxLeadIn = 400;

    /// <summary>
    /// The entry quoting <paramref name="sentence"/> of <paramref name="clause"/>: its parent's lead-in with the clause as
    /// its item when <paramref name="type"/> asks a body or person the sentence does not hold and the lead-in does;
    /// otherwise the sentence as chosen. <paramref name="frame"/> reads a clause.
    /// </summary>
    public static (RetrievedClause Clause, string Sentence, IReadOnlyList<RetrievedClause>? Items) Quote(AnswerType type, RetrievedClause clause, string sentence,
        Func<string, RetrievedClause?> frame)
    {
        if (type is not (AnswerType.Agency or AnswerType.Person) || TypedSpans.Holds(type, sentence) || clause.Clause.ParentId is not { } parentId
            || frame(parentId) is not { } parent || !LeadsIn(parent.Clause.Text) || !TypedSpans.Holds(type, parent.Clause.Text))
        {
            return (clause, sentence, null);
        }
        return (parent, Quotes.Collapse(parent.Clause.Text), [clause]);
    }

    private static bool LeadsIn(string text) => text.Length <= MaxLeadIn && text.TrimEnd().EndsWith(':');
}
