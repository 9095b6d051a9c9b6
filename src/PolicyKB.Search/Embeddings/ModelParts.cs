namespace PolicyKB.Search.Embeddings;

/// <summary>Everything a <see cref="DomainEmbeddingModel"/> is made of, as stored in the model file.</summary>
/// <param name="Dimensions">Vector size.</param>
/// <param name="Units">Vocabulary: syllables and multi-syllable words, descending count.</param>
/// <param name="Counts">Corpus count of each unit (gives p(w) for SIF).</param>
/// <param name="UnitVectors">Composed, unit-length vector of each unit.</param>
/// <param name="Buckets">Character n-gram bucket vectors (for words outside the vocabulary).</param>
/// <param name="MinN">Shortest n-gram.</param>
/// <param name="MaxN">Longest n-gram.</param>
/// <param name="SifA">SIF smoothing a.</param>
/// <param name="Component">First principal component of training sentence vectors (removed from every encoding).</param>
/// <param name="QueryMap">
/// Optional dims × dims matrix (row-major) applied to a query's sentence vector before it is normalised again, or
/// null: passages and queries are then encoded alike (every file of format version 1).
/// </param>
internal sealed record ModelParts(
    int Dimensions, string[] Units, long[] Counts, QuantizedVectors UnitVectors, QuantizedVectors Buckets,
    int MinN, int MaxN, float SifA, float[] Component, float[]? QueryMap = null);
