namespace PolicyKB.Answering.Questions;

/// <summary>
/// "Kế hoạch y tế cơ sở của Hà Tĩnh thực hiện văn bản nào?", "Căn cứ pháp lý của kế hoạch … là gì?": a question about
/// the legal basis of a document identified by its subject, place or year (no số hiệu named).
/// </summary>
public sealed class BasisOfRule : IQuestionRule
{
    /// <inheritdoc />
    public bool Triggers(QuestionText question) =>
        question.References.Count == 0 && (question.Folded.Contains(" can cu", StringComparison.Ordinal)
            || question.Folded.Contains(" thuc hien ", StringComparison.Ordinal) || question.Folded.Contains(" phap ly ", StringComparison.Ordinal)
            || question.Folded.Contains(" trien khai ", StringComparison.Ordinal) || question.Folded.Contains(" dua tren ", StringComparison.Ordinal));

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question)
    {
        if (QuestionRules.BasisAsked().IsMatch(question.Folded)) return QuestionIntent.BasisOf;
        return QuestionRules.DocumentAsked().IsMatch(question.Folded) && QuestionRules.Relation().IsMatch(question.Folded)
            ? QuestionIntent.BasisOf
            : null;
    }
}
