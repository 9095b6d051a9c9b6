namespace PolicyKB.Answering.Questions;

/// <summary>"Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?": a named document and a question about documents relating to it.</summary>
public sealed class CitingDocumentsRule : IQuestionRule
{
    /// <inheritdoc />
    public bool Triggers(QuestionText question) => question.References.Count > 0;

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question) =>
        QuestionRules.DocumentAsked().IsMatch(question.Folded) && QuestionRules.Relation().IsMatch(question.Folded)
            ? QuestionIntent.CitingDocuments
            : null;
}
