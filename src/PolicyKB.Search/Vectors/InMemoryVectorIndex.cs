using System.Numerics.Tensors;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// Brute-force cosine search over unit vectors held in memory. At this scale (≤ 100,000 clauses × ~128 dimensions)
/// a SIMD dot product over every vector is a few milliseconds and needs no approximate index; the class sits behind
/// the same operations an approximate index would offer, so it can be swapped.
/// </summary>
public sealed class InMemoryVectorIndex
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, int> _positionById = new(StringComparer.Ordinal);
    private readonly List<VectorEntry> _entries = [];

    /// <summary>Number of vectors.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try { return _entries.Count; } finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>Replaces the vectors of one document.</summary>
    public void Replace(string documentId, IEnumerable<VectorEntry> entries)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveUnlocked(documentId);
            foreach (var entry in entries)
            {
                _positionById[entry.ClauseId] = _entries.Count;
                _entries.Add(entry);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes a document's vectors.</summary>
    public void Remove(string documentId)
    {
        _lock.EnterWriteLock();
        try { RemoveUnlocked(documentId); } finally { _lock.ExitWriteLock(); }
    }

    /// <summary>The vector of a clause, or null.</summary>
    public float[]? Get(string clauseId)
    {
        _lock.EnterReadLock();
        try { return _positionById.TryGetValue(clauseId, out var i) ? _entries[i].Vector : null; } finally { _lock.ExitReadLock(); }
    }

    /// <summary>The <paramref name="top"/> entries with the highest dot product with <paramref name="query"/>.</summary>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top, Func<VectorEntry, bool>? allow)
    {
        if (top <= 0) return [];
        var best = new PriorityQueue<VectorEntry, float>(top + 1);
        _lock.EnterReadLock();
        try
        {
            foreach (var entry in _entries)
            {
                if (entry.Vector.Length != query.Length || (allow is not null && !allow(entry))) continue;
                var score = TensorPrimitives.Dot(query, entry.Vector);
                if (best.Count < top) best.Enqueue(entry, score);
                else if (best.TryPeek(out _, out var lowest) && score > lowest) best.EnqueueDequeue(entry, score);
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
        var hits = new List<VectorHit>(best.Count);
        while (best.TryDequeue(out var entry, out var score)) hits.Add(new VectorHit(entry.ClauseId, entry.DocumentId, score));
        hits.Reverse();
        return hits;
    }

    private void RemoveUnlocked(string documentId)
    {
        if (!_entries.Exists(e => e.DocumentId == documentId)) return;
        _entries.RemoveAll(e => e.DocumentId == documentId);
        _positionById.Clear();
        for (var i = 0; i < _entries.Count; i++) _positionById[_entries[i].ClauseId] = i;
    }
}
