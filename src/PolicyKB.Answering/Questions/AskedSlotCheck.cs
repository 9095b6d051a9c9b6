using System.Text.RegularExpressions;
using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Questions;

/// <summary>
/// Turns a quoted answer that fills no slot the question asks (<see cref="AskedSlot"/>) into the refusal, its quoted
/// clauses shown as the closest. Only quotes chosen by sentence scoring are checked: a fact stated from the facts layer
/// or the citation graph says what it answers.
/// </summary>
public static partial class AskedSlotCheck
{
    /// <summary>
    /// <paramref name="draft"/>, or the refusal when none of its quotes states what <paramref name="question"/> asks. A
    /// <paramref name="followUp"/> ("Còn giáo viên thì sao?") was rewritten into the previous question's words, where the
    /// new entity may land after "bao nhiêu": its counted noun is not read.
    /// </summary>
    public static DraftAnswer Apply(QuestionAnalysis question, DraftAnswer draft, bool followUp = false)
    {
        if (draft.Refused || draft.Mode != AnswerModes.Extractive) return draft;
        // A table row is read by its cells named by their columns ("Cơ quan chủ trì: Sở Nội vụ", "… 120 nghìn đồng/tháng"),
        // which its verbatim quote leaves unnamed.
        var rows = Row().Matches(draft.Text).Select(m => m.Groups["r"].Value).ToHashSet(StringComparer.Ordinal);
        var quotes = Quote().Matches(draft.Text).Select(m => m.Groups["q"].Value).Concat(rows).ToList();
        var context = string.Join(' ', draft.Sources.Select(s => $"{s.Clause.Heading} {s.FrameText}"));
        if (AskedSlot.Missing(question.Question, quotes, context, counts: !followUp, rows) is not { } missing) return draft;
        return Refusals.Create(AnswerModes.Extractive, $"Các đoạn văn bản gần nhất không nêu {missing}.", draft.Sources);
    }

    [GeneratedRegex(@"«(?<q>[^»]*)»")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?m)^" + Text.TableRows.Prefix + @"(?<r>.*?) \[\d+\]$")]
    private static partial Regex Row();
}
