namespace PolicyKB.Search.Vectors;

/// <summary>Embedding search over clauses.</summary>
public interface ISemanticIndex
{
    /// <summary>Identity of the embedding model that made the vectors.</summary>
    string ModelId { get; }

    /// <summary>Number of clause vectors held.</summary>
    int Count { get; }

    /// <summary>Clauses whose vectors are closest to the query's, best first, restricted to <paramref name="allow"/> when given.</summary>
    Task<IReadOnlyList<VectorHit>> SearchAsync(string query, int top, Func<VectorEntry, bool>? allow, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="SearchAsync(string, int, Func{VectorEntry, bool}, CancellationToken)"/> with the query's vector
    /// moved toward the vector of <paramref name="related"/> wording: normalise(q + <paramref name="relatedWeight"/> · r),
    /// both unit length, so the query's own words keep the larger say.
    /// </summary>
    Task<IReadOnlyList<VectorHit>> SearchAsync(string query, string related, float relatedWeight, int top, Func<VectorEntry, bool>? allow, CancellationToken cancellationToken);

    /// <summary>Clauses closest to a clause already indexed (precedent finding).</summary>
    IReadOnlyList<VectorHit> SearchSimilar(string clauseId, int top, Func<VectorEntry, bool>? allow);
}
