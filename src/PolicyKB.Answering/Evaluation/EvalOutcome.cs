using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Evaluation;

/// <summary>How one case went.</summary>
/// <param name="Case">The case.</param>
/// <param name="Correct">True when judged correct.</param>
/// <param name="Reason">Why not, in Vietnamese (null when correct).</param>
/// <param name="Result">The answer given.</param>
public sealed record EvalOutcome(EvalCase Case, bool Correct, string? Reason, AnswerResult Result);
