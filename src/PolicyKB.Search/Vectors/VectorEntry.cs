namespace PolicyKB.Search.Vectors;

/// <summary>A clause's vector with what filters need.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="DocumentId">Its document.</param>
/// <param name="Kind">Clause kind, lowercase.</param>
/// <param name="Vector">Unit-length embedding.</param>
public sealed record VectorEntry(string ClauseId, string DocumentId, string Kind, float[] Vector);
