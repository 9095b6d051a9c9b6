namespace PolicyKB.Answering.Answers;

/// <summary>One earlier question and answer of a conversation.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answer">The answer given.</param>
public sealed record ChatTurn(string Question, string Answer)
{
    /// <summary>The question after follow-up rewriting, when it differed.</summary>
    public string? ResolvedQuestion { get; init; }

    /// <summary>
    /// Ids of the clauses the answer quoted (none for a refusal): a short follow-up is first answered from them, as its
    /// answer often stands in the very clause just quoted (<see cref="CitedFollowUp"/>).
    /// </summary>
    public IReadOnlyList<string>? CitedClauseIds { get; init; }
}
