namespace PolicyKB.Answering.Questions;

/// <summary>"Sở nào chủ trì…", "Ai chịu trách nhiệm…", "Cơ quan nào…": a responsible body asked.</summary>
public sealed class ResponsibilityRule : IQuestionRule
{
    /// <inheritdoc />
    public bool Triggers(QuestionText question) =>
        question.Folded.Contains(" nao ", StringComparison.Ordinal) || question.Folded.Contains(" ai ", StringComparison.Ordinal)
        || question.Folded.Contains(" chu tri ", StringComparison.Ordinal) || question.Folded.Contains(" trach nhiem ", StringComparison.Ordinal)
        || question.Folded.Contains(" phu trach ", StringComparison.Ordinal) || question.Folded.Contains(" giao ", StringComparison.Ordinal)
        || question.Folded.Contains(" nhiem vu ", StringComparison.Ordinal) || question.Folded.Contains(" dau moi ", StringComparison.Ordinal)
        || question.Folded.Contains(" phoi hop ", StringComparison.Ordinal);

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question) =>
        QuestionRules.ResponsibilityAsked().IsMatch(question.Folded) ? QuestionIntent.Responsibility : null;
}
