namespace PolicyKB.Answering.Verification;

/// <summary>An answer after the gate: the text with failing sentences removed (and a note saying so), and the report.</summary>
/// <param name="Text">The answer text to show.</param>
/// <param name="Report">What the gate found.</param>
/// <param name="HasVerifiedCitation">True when at least one kept sentence cites a source.</param>
public sealed record GatedAnswer(string Text, VerificationReport Report, bool HasVerifiedCitation);
