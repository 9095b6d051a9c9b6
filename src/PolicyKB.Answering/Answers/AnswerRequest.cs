namespace PolicyKB.Answering.Answers;

/// <summary>A question for the answering service.</summary>
/// <param name="Question">The question in plain Vietnamese.</param>
public sealed record AnswerRequest(string Question)
{
    /// <summary>Longest question accepted, characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>Most earlier turns a caller may send (only the latest few are read; the rest is refused, not trimmed).</summary>
    public const int MaxHistoryTurns = 100;

    /// <summary>Longest earlier answer accepted, characters: room for any answer the service writes.</summary>
    public const int MaxAnswerLength = 50_000;

    /// <summary>Most cited clause ids one caller-kept turn may carry.</summary>
    public const int MaxCitedClauseIds = 200;

    /// <summary>Longest cited clause id accepted, characters.</summary>
    public const int MaxClauseIdLength = 400;

    /// <summary>The conversation id: earlier turns are read from and this turn saved to the conversation store.</summary>
    public string? SessionId { get; init; }

    /// <summary>Earlier turns given by the caller (used when no session id is given).</summary>
    public IReadOnlyList<ChatTurn> History { get; init; } = [];

    /// <summary>True to answer without the language model even when one is configured.</summary>
    public bool Offline { get; init; }
}
