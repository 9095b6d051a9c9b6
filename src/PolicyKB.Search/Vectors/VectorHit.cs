namespace PolicyKB.Search.Vectors;

/// <summary>A clause found by embedding search.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="DocumentId">Its document.</param>
/// <param name="Score">Cosine similarity (vectors are unit length).</param>
public sealed record VectorHit(string ClauseId, string DocumentId, float Score);
