using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Answers;

/// <summary>An answer before the gate: its text, how it was made, and the clauses "[1]", "[2]"… refer to, in order.</summary>
/// <param name="Text">The answer text.</param>
/// <param name="Mode">The <see cref="AnswerModes"/> value.</param>
/// <param name="Sources">The clauses cited, "[n]" being <c>Sources[n - 1]</c>.</param>
/// <param name="Refused">True for "Không tìm thấy…".</param>
public sealed record DraftAnswer(string Text, string Mode, IReadOnlyList<RetrievedClause> Sources, bool Refused)
{
    /// <summary>The closest clauses shown with a refusal.</summary>
    public IReadOnlyList<RetrievedClause> Closest { get; init; } = [];

    /// <summary>The documents the question may mean, when the answer asks which one.</summary>
    public IReadOnlyList<DocumentChoice> Choices { get; init; } = [];

    /// <summary>
    /// The answerer's next-best quotes, in rank order, each a whole answer: tried in turn when the evidence checks refuse
    /// this one (<see cref="Verification.AlternateQuotes"/>).
    /// </summary>
    public IReadOnlyList<DraftAnswer> Alternates { get; init; } = [];

    /// <summary>The features of the best quote the calibrated decision read (<see cref="Calibration.AnswerFeatures"/>), when it ran.</summary>
    public IReadOnlyList<double>? Calibration { get; init; }
}
