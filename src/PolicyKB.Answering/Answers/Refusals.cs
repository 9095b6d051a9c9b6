using System.Text;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Answers;

/// <summary>The answer given when the documents do not answer: the fixed sentence, why, and the closest clauses.</summary>
public static class Refusals
{
    /// <summary>A refusal with <paramref name="reason"/> (may be null) listing up to three <paramref name="closest"/> clauses.</summary>
    public static DraftAnswer Create(string mode, string? reason, IReadOnlyList<RetrievedClause> closest)
    {
        var text = new StringBuilder(AnswerResult.NotFound).Append('.');
        if (reason is not null) text.Append(' ').Append(reason);
        var shown = closest.Take(3).ToList();
        if (shown.Count > 0)
        {
            text.Append("\n\nCác điều khoản gần nhất (để tham khảo, không phải câu trả lời):");
            foreach (var clause in shown)
            {
                text.Append("\n- ").Append(clause.Document.DisplayName).Append(", ").Append(clause.Section).Append(": ")
                    .Append(Snippet(clause.Clause.Text));
            }
        }
        return new DraftAnswer(text.ToString(), mode, [], Refused: true) { Closest = shown };
    }

    private static string Snippet(string text)
    {
        var collapsed = Quotes.Collapse(text);
        if (collapsed.Length <= 160) return collapsed;
        var cut = collapsed.LastIndexOf(' ', 160);
        return collapsed[..(cut > 80 ? cut : 160)] + " …";
    }
}
