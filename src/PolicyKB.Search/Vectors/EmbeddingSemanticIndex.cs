using Microsoft.Extensions.AI;
using PolicyKB.Search.Providers;

namespace PolicyKB.Search.Vectors;

/// <summary>Embedding search: the query is embedded by the configured generator and compared with the clause vectors in memory.</summary>
public sealed class EmbeddingSemanticIndex(IEmbeddingGenerator<string, Embedding<float>> generator, InMemoryVectorIndex index, string modelId) : ISemanticIndex
{
    /// <inheritdoc />
    public string ModelId => modelId;

    /// <inheritdoc />
    public int Count => index.Count;

    /// <inheritdoc />
    public async Task<IReadOnlyList<VectorHit>> SearchAsync(string query, int top, Func<VectorEntry, bool>? allow, CancellationToken cancellationToken)
    {
        var embedding = await generator.GenerateAsync(query, EmbeddingInputType.ForQuery(), cancellationToken).ConfigureAwait(false);
        var vector = embedding.Vector.ToArray();
        VectorMath.Normalize(vector);
        return index.Search(vector, top, allow);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<VectorHit>> SearchAsync(string query, string related, float relatedWeight, int top, Func<VectorEntry, bool>? allow, CancellationToken cancellationToken)
    {
        var embeddings = await generator.GenerateAsync([query, related], EmbeddingInputType.ForQuery(), cancellationToken).ConfigureAwait(false);
        var vector = embeddings[0].Vector.ToArray();
        var other = embeddings[1].Vector.ToArray();
        VectorMath.Normalize(vector);
        VectorMath.Normalize(other);
        Embeddings.VectorMath.AddScaled(vector, relatedWeight, other);
        VectorMath.Normalize(vector);
        return index.Search(vector, top, allow);
    }

    /// <inheritdoc />
    public IReadOnlyList<VectorHit> SearchSimilar(string clauseId, int top, Func<VectorEntry, bool>? allow)
    {
        var vector = index.Get(clauseId);
        return vector is null ? [] : index.Search(vector, top, allow);
    }
}
