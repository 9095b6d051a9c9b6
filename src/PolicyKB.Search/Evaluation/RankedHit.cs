namespace PolicyKB.Search.Evaluation;

/// <summary>What the metrics need of a hit: the document's file name and the clause text, in rank order.</summary>
/// <param name="Source">The document's file name.</param>
/// <param name="Text">The clause's text.</param>
public sealed record RankedHit(string Source, string Text);
