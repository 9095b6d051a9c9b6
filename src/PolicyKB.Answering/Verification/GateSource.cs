namespace PolicyKB.Answering.Verification;

/// <summary>A numbered source as the gate sees it: the clause text, what frames it, and its document's number.</summary>
/// <param name="N">The citation number.</param>
/// <param name="Text">The clause text.</param>
/// <param name="Context">The headings (and short parent text) framing the clause, cited with it.</param>
/// <param name="DocumentNumber">The số hiệu of the clause's document, when it has one.</param>
public sealed record GateSource(int N, string Text, string Context, string? DocumentNumber);
