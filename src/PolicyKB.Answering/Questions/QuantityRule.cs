namespace PolicyKB.Answering.Questions;

/// <summary>"Bao nhiêu…", "mấy…", "tỷ lệ…", "chỉ tiêu…": a number asked.</summary>
public sealed class QuantityRule : IQuestionRule
{
    /// <inheritdoc />
    public bool Triggers(QuestionText question) =>
        question.Lower.Contains(" mấy ", StringComparison.Ordinal) || question.Folded.Contains(" bao nhieu ", StringComparison.Ordinal)
        || question.Folded.Contains(" ty ", StringComparison.Ordinal) || question.Folded.Contains(" chi tieu ", StringComparison.Ordinal)
        || question.Folded.Contains(" muc ", StringComparison.Ordinal) || question.Folded.Contains(" so luong ", StringComparison.Ordinal)
        || question.Folded.Contains(" phan tram ", StringComparison.Ordinal) || question.Folded.Contains(" toi ", StringComparison.Ordinal)
        || question.Folded.Contains(" dat ", StringComparison.Ordinal);

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question) =>
        question.Lower.Contains(" mấy ", StringComparison.Ordinal) || QuestionRules.QuantityAsked().IsMatch(question.Folded)
            ? QuestionIntent.Quantity
            : null;
}
