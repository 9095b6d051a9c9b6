using PolicyKB.Search.Evaluation.Baselines;

namespace PolicyKB.Search.Evaluation.Pairs;

/// <summary>
/// Semantic search by brute force over a small pool of passages: every passage encoded once, a query ranked by
/// cosine. Measures an embedding model alone, without the knowledge base's fusion, thesaurus or passages.
/// </summary>
public sealed class EmbeddingPoolRetriever : IRetriever
{
    private readonly Func<string, float[]> _encodeQuery;
    private readonly IReadOnlyList<BaselineClause> _pool;
    private readonly float[][] _vectors;

    /// <summary>
    /// Encodes <paramref name="pool"/> with <paramref name="encode"/> and queries with <paramref name="encodeQuery"/>
    /// (<paramref name="encode"/> when null); both must return L2-normalised or all-zero vectors.
    /// </summary>
    public EmbeddingPoolRetriever(string name, string description, Func<string, float[]> encode, IReadOnlyList<BaselineClause> pool, Func<string, float[]>? encodeQuery = null)
    {
        ArgumentNullException.ThrowIfNull(encode);
        ArgumentNullException.ThrowIfNull(pool);
        Name = name;
        Description = description;
        _encodeQuery = encodeQuery ?? encode;
        _pool = pool;
        _vectors = pool.Select(c => encode(c.Text)).ToArray();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        var q = _encodeQuery(query);
        var scores = new float[_vectors.Length];
        for (var i = 0; i < scores.Length; i++) scores[i] = Dot(q, _vectors[i]);
        IReadOnlyList<RankedHit> hits = Enumerable.Range(0, scores.Length)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(top)
            .Select(i => new RankedHit(_pool[i].Source, _pool[i].Text))
            .ToList();
        return Task.FromResult(hits);
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var k = 0; k < a.Length; k++) sum += a[k] * b[k];
        return sum;
    }
}
