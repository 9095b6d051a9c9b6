namespace PolicyKB.Answering.Questions;

/// <summary>Assembles the ordered question rules; the first rule that matches decides the intent.</summary>
public sealed class QuestionAnalyzerBuilder
{
    private readonly List<IQuestionRule> _rules = [];

    /// <summary>The default rules: documents citing, basis of, deadline, responsibility, quantity.</summary>
    public static QuestionAnalyzerBuilder CreateDefault() => new QuestionAnalyzerBuilder()
        .Add(new CitingDocumentsRule())
        .Add(new BasisOfRule())
        .Add(new DeadlineRule())
        .Add(new ResponsibilityRule())
        .Add(new QuantityRule());

    /// <summary>Appends a rule.</summary>
    public QuestionAnalyzerBuilder Add(IQuestionRule rule)
    {
        _rules.Add(rule);
        return this;
    }

    /// <summary>Builds the analyzer.</summary>
    public QuestionAnalyzer Build() => new([.. _rules]);
}
