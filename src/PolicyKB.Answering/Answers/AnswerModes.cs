namespace PolicyKB.Answering.Answers;

/// <summary>How an answer was produced.</summary>
public static class AnswerModes
{
    /// <summary>Sentences quoted verbatim from the best clauses (no language model).</summary>
    public const string Extractive = "extractive";

    /// <summary>Read from the citation graph and document metadata (no language model).</summary>
    public const string Graph = "graph";

    /// <summary>Written by the configured language model from the retrieved clauses, then verified.</summary>
    public const string Llm = "llm";

    /// <summary>The question could mean several documents: the answer asks which one (see AnswerResult.Choices).</summary>
    public const string Clarify = "clarify";

    /// <summary>Stated from the facts layer (signer, dates, relations, tasks), quoting the clause each fact was read from.</summary>
    public const string Facts = "facts";
}
