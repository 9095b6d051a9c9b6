using System.Text;
using PolicyKB.Answering.Knowledge;

namespace PolicyKB.Answering.Answers;

/// <summary>The answer asking which document is meant, when the question could mean several.</summary>
public static class Clarification
{
    /// <summary>The question "which one?" listing <paramref name="documents"/> as <see cref="DraftAnswer.Choices"/>.</summary>
    public static DraftAnswer Ask(IReadOnlyList<DocumentProfile> documents)
    {
        var text = new StringBuilder("Câu hỏi có thể nói về nhiều văn bản; bạn muốn hỏi văn bản nào?");
        foreach (var d in documents.Take(8)) text.Append("\n- ").Append(d.DisplayName).Append(": ").Append(d.Title);
        var choices = documents.Take(8).Select(d => new DocumentChoice(d.Id, d.DisplayName, d.Document.Metadata.Title)).ToList();
        return new DraftAnswer(text.ToString(), AnswerModes.Clarify, [], Refused: true) { Choices = choices };
    }
}
