namespace PolicyKB.Answering.Answers;

/// <summary>
/// One event of a streamed answer, in order: "sources" (the numbered citations), then "delta" events (answer text as it
/// is written), then "verification" (the gate's report), then "done" (the final, verified answer).
/// </summary>
/// <param name="Kind">"sources", "delta", "verification" or "done".</param>
public sealed record AnswerStreamEvent(string Kind)
{
    /// <summary>The citations (kind "sources").</summary>
    public IReadOnlyList<AnswerCitation>? Citations { get; init; }

    /// <summary>A piece of answer text (kind "delta").</summary>
    public string? Text { get; init; }

    /// <summary>The gate's report (kind "verification").</summary>
    public Verification.VerificationReport? Verification { get; init; }

    /// <summary>The final answer (kind "done").</summary>
    public AnswerResult? Result { get; init; }
}
