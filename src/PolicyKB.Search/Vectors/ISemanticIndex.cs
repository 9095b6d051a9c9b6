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

    /// <summary>Clauses closest to a clause already indexed (precedent finding).</summary>
    IReadOnlyList<VectorHit> SearchSimilar(string clauseId, int top, Func<VectorEntry, bool>? allow);
}
