namespace PolicyKB.Search.Precedents;

/// <summary>A run of words that both texts share, or that only one of them has.</summary>
/// <param name="Kind">"equal", "delete" (only in the input) or "insert" (only in the precedent).</param>
/// <param name="Text">The words, with their original spacing.</param>
public sealed record DiffSegment(string Kind, string Text);
