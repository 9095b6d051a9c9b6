namespace PolicyKB.Facts;

/// <summary>A task with the document that assigns it.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Task">The task.</param>
public sealed record FoundTask(string DocumentId, TaskFact Task)
{
    /// <summary>The document's one-line name ("Kế hoạch 36/KH-SYT – …"), for lists across documents.</summary>
    public string? DocumentName { get; init; }
}
