namespace PolicyKB.Answering.Questions;

/// <summary>One recogniser of a question's intent: a cheap trigger, then the match itself.</summary>
public interface IQuestionRule
{
    /// <summary>True when the rule may apply (a substring test, no regular expression).</summary>
    bool Triggers(QuestionText question);

    /// <summary>The intent when the rule applies, else null.</summary>
    QuestionIntent? Match(QuestionText question);
}
