namespace PolicyKB.Answering.Questions;

/// <summary>
/// "Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?": a named document and a question about documents relating to it.
/// The documents asked come before the relation; after it ("Kế hoạch thi hành Luật Việc làm thực hiện quyết định nào?")
/// they are what the subject is based on, not documents citing the one named.
/// </summary>
public sealed class CitingDocumentsRule : IQuestionRule
{
    /// <inheritdoc />
    public bool Triggers(QuestionText question) => question.NamesDocument;

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question)
    {
        var asked = QuestionRules.DocumentAsked().Match(question.Folded);
        var relation = QuestionRules.Relation().Match(question.Folded);
        return asked.Success && relation.Success && asked.Index < relation.Index ? QuestionIntent.CitingDocuments : null;
    }
}
