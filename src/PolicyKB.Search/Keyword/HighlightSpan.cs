namespace PolicyKB.Search.Keyword;

/// <summary>A span of a clause's text to highlight.</summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Length in characters.</param>
public sealed record HighlightSpan(int Start, int Length);
