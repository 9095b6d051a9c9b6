namespace PolicyKB.Facts;

/// <summary>A target with the document that sets it.</summary>
public sealed record FoundTarget(string DocumentId, TargetFact Target);
