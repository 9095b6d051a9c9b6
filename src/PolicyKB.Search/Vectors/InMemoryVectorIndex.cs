using System.Numerics.Tensors;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// Brute-force cosine search over unit vectors held in memory. At this scale (≤ a few hundred thousand clauses × ~128
/// dimensions) one pass over every vector takes a few milliseconds and needs no approximate index. The vectors live
/// in one contiguous row-major array, not one array per clause: the scan then reads memory in order (the
/// per-clause arrays loaded from the store were scattered over the heap and made the scan five times slower).
/// The class offers the operations an approximate index would, so it can be swapped.
/// </summary>
public sealed class InMemoryVectorIndex
{
    /// <summary>
    /// A passage's cosine counts for this share: a short passage matches a generic query more easily than a whole
    /// clause does, so it must be clearly closer to win (0.9 measured best on the seed evaluation set, vs 0.95 and 1).
    /// </summary>
    public const float SegmentFactor = 0.9f;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, int> _positionById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countByDocument = new(StringComparer.Ordinal);
    private readonly List<VectorEntry> _entries = [];
    private float[] _matrix = [];
    private int _dimensions;

    /// <summary>Number of vectors.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try { return _entries.Count; } finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>Replaces the vectors of one document. All vectors of an index have one length (the first one added sets it).</summary>
    public void Replace(string documentId, IEnumerable<VectorEntry> entries)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveUnlocked(documentId);
            foreach (var entry in entries)
            {
                if (_entries.Count == 0) _dimensions = entry.Vector.Length;
                if (entry.Vector.Length != _dimensions || _dimensions == 0) continue;
                EnsureCapacity(_entries.Count + 1);
                entry.Vector.CopyTo(_matrix, _entries.Count * _dimensions);
                if (!entry.IsSegment) _positionById[entry.ClauseId] = _entries.Count;
                // The row holds the vector; the entry keeps only what filters read.
                _entries.Add(entry with { Vector = [] });
                _countByDocument[entry.DocumentId] = _countByDocument.GetValueOrDefault(entry.DocumentId) + 1;
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

    /// <summary>A copy of the vector of a clause, or null.</summary>
    public float[]? Get(string clauseId)
    {
        _lock.EnterReadLock();
        try { return _positionById.TryGetValue(clauseId, out var i) ? _matrix.AsSpan(i * _dimensions, _dimensions).ToArray() : null; }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// The <paramref name="top"/> clauses with the highest dot product with <paramref name="query"/>, a clause scored by
    /// its best vector (whole or passage). The entries passed to <paramref name="allow"/> carry no vector (an empty array).
    /// </summary>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top, Func<VectorEntry, bool>? allow)
    {
        if (top <= 0) return [];
        _lock.EnterReadLock();
        try
        {
            if (query.Length != _dimensions || _entries.Count == 0) return [];
            // Passages of one clause may fill several places: keep more vectors than clauses asked for.
            var best = new TopScores(_entries.Count == _positionById.Count ? top : top * 3);
            var matrix = _matrix.AsSpan(0, _entries.Count * _dimensions);
            for (var i = 0; i < _entries.Count; i++)
            {
                var score = TensorPrimitives.Dot(query, matrix.Slice(i * _dimensions, _dimensions));
                if (_entries[i].IsSegment) score *= SegmentFactor;
                if (score > best.Threshold && (allow is null || allow(_entries[i]))) best.Add(i, score);
            }
            return best.Descending()
                .Select(p => new VectorHit(_entries[p.Index].ClauseId, _entries[p.Index].DocumentId, p.Score))
                .DistinctBy(h => h.ClauseId, StringComparer.Ordinal)
                .Take(top)
                .ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void EnsureCapacity(int rows)
    {
        if (_matrix.Length >= rows * _dimensions) return;
        var grown = new float[Math.Max(rows, Math.Max(1024, _matrix.Length / Math.Max(1, _dimensions) * 2)) * _dimensions];
        _matrix.AsSpan().CopyTo(grown);
        _matrix = grown;
    }

    private void RemoveUnlocked(string documentId)
    {
        if (!_countByDocument.Remove(documentId)) return;
        // Compact rows in place, keeping order.
        var kept = 0;
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].DocumentId == documentId) continue;
            if (kept != i)
            {
                _entries[kept] = _entries[i];
                _matrix.AsSpan(i * _dimensions, _dimensions).CopyTo(_matrix.AsSpan(kept * _dimensions, _dimensions));
            }
            kept++;
        }
        _entries.RemoveRange(kept, _entries.Count - kept);
        _positionById.Clear();
        for (var i = 0; i < _entries.Count; i++)
        {
            if (!_entries[i].IsSegment) _positionById[_entries[i].ClauseId] = i;
        }
    }
}
