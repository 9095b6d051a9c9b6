namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Hashes packed (a, b) id pairs well. long.GetHashCode is a XOR b, which maps millions of syllable pairs onto a few
/// thousand buckets and makes bigram counting quadratic.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    /// <summary>The shared instance.</summary>
    public static readonly PairKeyComparer Instance = new();

    /// <inheritdoc />
    public bool Equals(long x, long y) => x == y;

    /// <inheritdoc />
    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}
