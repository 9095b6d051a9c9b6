namespace PolicyKB.Answering.Answers;

/// <summary>One earlier question and answer of a conversation.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answer">The answer given.</param>
public sealed record ChatTurn(string Question, string Answer)
{
    /// <summary>The question after follow-up rewriting, when it differed.</summary>
    public string? ResolvedQuestion { get; init; }
}
