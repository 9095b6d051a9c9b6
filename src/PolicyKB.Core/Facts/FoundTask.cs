namespace PolicyKB.Facts;

/// <summary>A task with the document that assigns it.</summary>
public sealed record FoundTask(string DocumentId, TaskFact Task);
