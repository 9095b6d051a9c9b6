namespace PolicyKB.Search.Precedents;

/// <summary>A phrase of the precedent that the input also has.</summary>
/// <param name="Start">Offset in the precedent's text.</param>
/// <param name="Length">Length in characters.</param>
public sealed record SharedPhrase(int Start, int Length);
