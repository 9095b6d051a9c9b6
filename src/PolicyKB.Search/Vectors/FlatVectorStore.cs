namespace PolicyKB.Search.Vectors;

/// <summary>
/// The clause vectors of one model: the in-memory int8 index that search scans, the content hash each document's
/// vectors were made from (so only new or changed documents are embedded, and a model change re-embeds all), and the
/// flat file (<see cref="QuantizedVectorFile"/>) they are kept in. Every change rewrites the file atomically, once per
/// batch during bulk ingestion; a read-only store (another process owns the folder) never writes.
/// </summary>
public sealed class FlatVectorStore : IDisposable
{
    /// <summary>
    /// Rows whose float vectors a batch may hold in memory before the file is written mid-batch (32 MB at 128
    /// dimensions): a bulk ingestion of the whole corpus would otherwise hold every float vector until its end.
    /// </summary>
    public const int MaxUnsavedRows = 65_536;

    private readonly object _gate = new();
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly string? _path;
    private int _batchDepth;
    private bool _dirty;
    private int _unsavedRows;

    /// <summary>An empty store of <paramref name="modelId"/>'s vectors, saved to <paramref name="path"/> (null: never saved).</summary>
    public FlatVectorStore(string? path, string modelId)
    {
        _path = path;
        ModelId = modelId;
    }

    /// <summary>Identity of the model (and clause layout) that made the vectors.</summary>
    public string ModelId { get; }

    /// <summary>How many times this store has written its file: once per batch, not once per document.</summary>
    public int FileWrites { get; private set; }

    /// <summary>The index search scans.</summary>
    public InMemoryVectorIndex Index { get; } = new();

    /// <summary>Fills the store from the contents of the file at <paramref name="path"/> (same model); its float rows are read from that file.</summary>
    public void Load(QuantizedVectorFile.Contents contents, string? path)
    {
        lock (_gate)
        {
            _documents.Clear();
            foreach (var (id, hash) in contents.Documents) _documents[id] = hash;
            Index.Load(contents.Entries, contents.Scales, contents.Rows, contents.Dimensions,
                path is null || contents.Entries.Count == 0 ? null : new FloatRows(path, contents.FloatOffset, contents.Dimensions, contents.Version, contents.Entries.Count));
        }
    }

    /// <summary>Documents with vectors, and the content hash they were made from.</summary>
    public IReadOnlyDictionary<string, string> EmbeddedDocuments()
    {
        lock (_gate) return new Dictionary<string, string>(_documents, StringComparer.Ordinal);
    }

    /// <summary>Replaces a document's vectors.</summary>
    public void Replace(string documentId, string contentHash, IReadOnlyList<VectorEntry> entries)
    {
        lock (_gate)
        {
            Index.Replace(documentId, entries);
            _documents[documentId] = contentHash;
            _unsavedRows += entries.Count;
            Changed();
        }
    }

    /// <summary>Removes a document's vectors.</summary>
    public void Remove(string documentId)
    {
        lock (_gate)
        {
            Index.Remove(documentId);
            if (_documents.Remove(documentId)) Changed();
        }
    }

    /// <summary>Defers writing the file until the returned handle is disposed (bulk ingestion: one write, not one per document).</summary>
    public IDisposable BeginBatch()
    {
        lock (_gate) _batchDepth++;
        return new Batch(this);
    }

    /// <summary>Writes the file now (temporary file, then rename).</summary>
    public void Save()
    {
        lock (_gate)
        {
            _dirty = false;
            if (_path is null) return;
            _unsavedRows = 0;
            FileWrites++;
            long offset = 0;
            var dimensions = 0;
            var count = 0;
            Index.Read((entries, scales, rows, d, floats) =>
            {
                dimensions = d;
                count = entries.Count;
                offset = QuantizedVectorFile.Write(_path, ModelId, _documents, entries, scales, rows, d, floats);
            });
            if (dimensions > 0) Index.Attach(new FloatRows(_path, offset, dimensions, QuantizedVectorFile.CurrentVersion, count));
        }
    }

    /// <inheritdoc />
    public void Dispose() => Index.Dispose();

    private void Changed()
    {
        _dirty = true;
        if (_batchDepth == 0 || _unsavedRows >= MaxUnsavedRows) Save();
    }

    private void EndBatch()
    {
        lock (_gate)
        {
            if (--_batchDepth == 0 && _dirty) Save();
        }
    }

    private sealed class Batch(FlatVectorStore owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            owner.EndBatch();
        }
    }
}
