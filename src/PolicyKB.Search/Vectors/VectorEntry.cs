namespace PolicyKB.Search.Vectors;

/// <summary>A clause's vector (or the vector of one passage of a long clause) with what filters need.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="DocumentId">Its document.</param>
/// <param name="Kind">Clause kind, lowercase.</param>
/// <param name="Vector">Unit-length embedding.</param>
public sealed record VectorEntry(string ClauseId, string DocumentId, string Kind, float[] Vector)
{
    /// <summary>True for the vector of one passage of a long clause (<see cref="Indexing.ClauseSegmenter"/>), false for the whole clause's.</summary>
    public bool IsSegment { get; init; }
}
