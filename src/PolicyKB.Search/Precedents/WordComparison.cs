namespace PolicyKB.Search.Precedents;

/// <summary>How a precedent's wording compares with the input.</summary>
/// <param name="Diff">The word diff (equal, delete, insert runs).</param>
/// <param name="Similarity">Weighted share of words in common, 0–1 (template text not counted, rare words counted more).</param>
/// <param name="Shared">Phrases of the precedent that the input also has, in any order, as spans of the precedent's text.</param>
public sealed record WordComparison(IReadOnlyList<DiffSegment> Diff, double Similarity, IReadOnlyList<SharedPhrase> Shared);
