namespace PolicyKB.Answering.Questions;

/// <summary>"Khi nào…", "chậm nhất ngày nào…", "thời hạn…": a date asked.</summary>
public sealed class DeadlineRule : IQuestionRule
{
    /// <inheritdoc />
    public bool Triggers(QuestionText question) =>
        question.Folded.Contains(" khi ", StringComparison.Ordinal) || question.Folded.Contains(" han ", StringComparison.Ordinal)
        || question.Folded.Contains(" nao ", StringComparison.Ordinal) || question.Folded.Contains(" bao gio ", StringComparison.Ordinal)
        || question.Folded.Contains(" cham nhat ", StringComparison.Ordinal) || question.Folded.Contains(" truoc ngay ", StringComparison.Ordinal);

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question) =>
        QuestionRules.DeadlineAsked().IsMatch(question.Folded) ? QuestionIntent.Deadline : null;
}
