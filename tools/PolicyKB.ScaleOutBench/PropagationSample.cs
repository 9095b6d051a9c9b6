namespace PolicyKB.ScaleOutBench;

/// <summary>One upload through node A and when node B showed it.</summary>
/// <param name="File">The uploaded file's name.</param>
/// <param name="DocumentId">The id A stored it under.</param>
/// <param name="Answered">When A's upload answer arrived (the store committed before that).</param>
/// <param name="Visible">When B's first probe that saw it answered; null when it never did within the patience.</param>
public sealed record PropagationSample(string File, string DocumentId, DateTimeOffset Answered, DateTimeOffset? Visible)
{
    /// <summary>When the store committed the document (from PostgreSQL), once known.</summary>
    public DateTimeOffset? Committed { get; init; }
}
