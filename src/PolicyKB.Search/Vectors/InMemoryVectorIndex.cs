namespace PolicyKB.Search.Vectors;

/// <summary>
/// Brute-force cosine search over int8-quantized unit vectors (<see cref="Int8Vectors"/>) held in memory. At this
/// scale (≤ a few hundred thousand clauses × ~128 dimensions) one pass over every row takes a few milliseconds and
/// needs no approximate index. The rows live in one contiguous row-major array (the scan reads memory in order), a
/// quarter of the size float32 rows took. The scan keeps twice the candidates asked for, which are then rescored
/// with their float32 vectors: from the vector file (<see cref="FloatRows"/>) once saved, from memory until then, so
/// the ranking is the float ranking (int8 alone moved near-ties and cost a question query its first place).
/// The class offers the operations an approximate index would, so it can be swapped.
/// </summary>
public sealed class InMemoryVectorIndex : IDisposable
{
    private const int RescoreFactor = 2;

    /// <summary>
    /// A passage's cosine counts for this share: a short passage matches a generic query more easily than a whole
    /// clause does, so it must be clearly closer to win (0.9 measured best on the seed evaluation set, vs 0.95 and 1).
    /// </summary>
    public const float SegmentFactor = 0.9f;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, int> _positionById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countByDocument = new(StringComparer.Ordinal);
    private readonly List<VectorEntry> _entries = [];
    private sbyte[] _rows = [];
    private float[] _scales = [];
    private int[] _fileRows = [];
    // Read in the scan beside the rows: reaching each entry object instead cost a cache miss per row, 4× the scan itself.
    private bool[] _segments = [];
    private FloatRows? _floats;
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

    /// <summary>Vector length (0 while empty).</summary>
    public int Dimensions => _dimensions;

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
                _scales[_entries.Count] = Int8Vectors.Quantize(entry.Vector, _rows.AsSpan(_entries.Count * _dimensions, _dimensions));
                // The entry keeps its float vector for rescoring until the vector file holds it (Attach).
                _fileRows[_entries.Count] = -1;
                _segments[_entries.Count] = entry.IsSegment;
                AddEntryUnlocked(entry);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Replaces everything with rows already quantized (read from the vector file): one entry, scale and row each; the
    /// float rows are read from <paramref name="floats"/>, which the index then owns.
    /// </summary>
    public void Load(IReadOnlyList<VectorEntry> entries, float[] scales, sbyte[] rows, int dimensions, FloatRows? floats)
    {
        if (scales.Length != entries.Count || rows.Length != entries.Count * dimensions) throw new ArgumentException("vector rows and entries differ in number");
        _lock.EnterWriteLock();
        try
        {
            _entries.Clear();
            _positionById.Clear();
            _countByDocument.Clear();
            _dimensions = dimensions;
            _rows = rows;
            _scales = scales;
            _fileRows = floats is null ? Enumerable.Repeat(-1, entries.Count).ToArray() : Enumerable.Range(0, entries.Count).ToArray();
            _segments = entries.Select(e => e.IsSegment).ToArray();
            _floats?.Dispose();
            _floats = floats;
            foreach (var entry in entries) AddEntryUnlocked(entry);
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

    /// <summary>A copy of the float vector of a clause, or null.</summary>
    public float[]? Get(string clauseId)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_positionById.TryGetValue(clauseId, out var i)) return null;
            var vector = new float[_dimensions];
            FloatVectorUnlocked(i, vector);
            return vector;
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>Runs <paramref name="write"/> over the entries, scales, int8 rows and float rows as they stand, with writers held off.</summary>
    public void Read(Action<IReadOnlyList<VectorEntry>, ReadOnlySpan<float>, ReadOnlySpan<sbyte>, int, QuantizedVectorFile.FloatRowSource> write)
    {
        _lock.EnterReadLock();
        try { write(_entries, _scales.AsSpan(0, _entries.Count), _rows.AsSpan(0, _entries.Count * _dimensions), _dimensions, FloatVectorUnlocked); }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>The vector file now holds every row in order: float vectors are read from <paramref name="floats"/> from now on.</summary>
    public void Attach(FloatRows floats)
    {
        _lock.EnterWriteLock();
        try
        {
            _floats?.Dispose();
            _floats = floats;
            for (var i = 0; i < _entries.Count; i++)
            {
                _fileRows[i] = i;
                if (_entries[i].Vector.Length > 0) _entries[i] = _entries[i] with { Vector = [] };
            }
        }
        finally { _lock.ExitWriteLock(); }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _floats?.Dispose();
        _lock.Dispose();
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
            var wanted = _entries.Count == _positionById.Count ? top : top * 3;
            var best = new TopScores(wanted * RescoreFactor);
            var rows = _rows.AsSpan(0, _entries.Count * _dimensions);
            for (var i = 0; i < _entries.Count; i++)
            {
                var score = Int8Vectors.Dot(query, rows.Slice(i * _dimensions, _dimensions)) * _scales[i];
                if (_segments[i]) score *= SegmentFactor;
                if (score > best.Threshold && (allow is null || allow(_entries[i]))) best.Add(i, score);
            }
            var vector = new float[_dimensions];
            var rescored = new List<(int Index, float Score)>();
            foreach (var (index, _) in best.Descending())
            {
                FloatVectorUnlocked(index, vector);
                var score = System.Numerics.Tensors.TensorPrimitives.Dot(query, vector);
                rescored.Add((index, _entries[index].IsSegment ? score * SegmentFactor : score));
            }
            return rescored.OrderByDescending(p => p.Score).ThenBy(p => p.Index)
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

    private void FloatVectorUnlocked(int i, float[] vector)
    {
        if (_entries[i].Vector.Length == _dimensions) _entries[i].Vector.CopyTo(vector);
        else if (_floats is not null && _fileRows[i] >= 0) _floats.Read(_fileRows[i], vector);
        else Int8Vectors.Dequantize(_rows.AsSpan(i * _dimensions, _dimensions), _scales[i]).CopyTo(vector);
    }

    private void AddEntryUnlocked(VectorEntry entry)
    {
        if (!entry.IsSegment) _positionById[entry.ClauseId] = _entries.Count;
        _entries.Add(entry);
        _countByDocument[entry.DocumentId] = _countByDocument.GetValueOrDefault(entry.DocumentId) + 1;
    }

    private void EnsureCapacity(int rows)
    {
        if (_scales.Length >= rows) return;
        var capacity = Math.Max(rows, Math.Max(1024, _scales.Length * 2));
        Array.Resize(ref _rows, capacity * _dimensions);
        Array.Resize(ref _scales, capacity);
        Array.Resize(ref _fileRows, capacity);
        Array.Resize(ref _segments, capacity);
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
                _scales[kept] = _scales[i];
                _fileRows[kept] = _fileRows[i];
                _segments[kept] = _segments[i];
                _rows.AsSpan(i * _dimensions, _dimensions).CopyTo(_rows.AsSpan(kept * _dimensions, _dimensions));
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
