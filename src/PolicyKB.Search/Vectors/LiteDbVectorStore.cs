using System.Runtime.InteropServices;
using LiteDB;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// Clause vectors in their own LiteDB file (data/vectors.db), each with the model that made it and the document
/// version it came from, so only new or changed clauses are embedded and a model change triggers re-embedding.
/// </summary>
public sealed class LiteDbVectorStore : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly ILiteCollection<VectorRecord> _vectors;
    private readonly PolicyKB.Storage.LiteDbWriter _writer;

    /// <summary>Opens or creates the file.</summary>
    public LiteDbVectorStore(string path) : this(path, readOnly: false)
    {
    }

    /// <summary>Opens the file; <paramref name="readOnly"/> opens an existing file for loading vectors only.</summary>
    public LiteDbVectorStore(string path, bool readOnly)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) System.IO.Directory.CreateDirectory(directory);
        _db = readOnly ? PolicyKB.Storage.LiteDbReadOnly.Open(Path.GetFullPath(path), BsonMapper.Global)
            : new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        try
        {
            _vectors = _db.GetCollection<VectorRecord>("vectors");
            if (!readOnly) _vectors.EnsureIndex(v => v.DocumentId);
        }
        catch
        {
            // Close the file, so a damaged one can be deleted (VectorStoreRecovery).
            _db.Dispose();
            throw;
        }
        _writer = new PolicyKB.Storage.LiteDbWriter(_db);
    }

    /// <summary>Groups writes into few commits until disposed (bulk ingestion).</summary>
    public IDisposable BeginBatch() => _writer.BeginBatch();

    /// <summary>Documents with vectors from <paramref name="modelId"/>, and the content hash they were made from.</summary>
    public IReadOnlyDictionary<string, string> EmbeddedDocuments(string modelId)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in _vectors.Query().Where(v => v.ModelId == modelId).Select(v => new { v.DocumentId, v.ContentHash }).ToEnumerable())
        {
            result[record.DocumentId] = record.ContentHash;
        }
        return result;
    }

    /// <summary>
    /// Separates a clause id from a segment's number in the record id of a segment vector. Visible on purpose:
    /// LiteDB compares ids with a culture collation that ignores control characters, so "3\u001f9" equalled "39".
    /// </summary>
    private const string SegmentSeparator = "#seg";

    /// <summary>All vectors of <paramref name="modelId"/>.</summary>
    public IEnumerable<VectorEntry> Load(string modelId) =>
        _vectors.Find(v => v.ModelId == modelId).Select(v => v.Id.LastIndexOf(SegmentSeparator, StringComparison.Ordinal) is var at and >= 0
            ? new VectorEntry(v.Id[..at], v.DocumentId, v.Kind, FromBytes(v.Vector)) { IsSegment = true }
            : new VectorEntry(v.Id, v.DocumentId, v.Kind, FromBytes(v.Vector)));

    /// <summary>Replaces a document's vectors in one transaction.</summary>
    public void Replace(string documentId, string contentHash, string modelId, IReadOnlyList<VectorEntry> entries) =>
        _writer.Write(() =>
        {
            _vectors.DeleteMany(v => v.DocumentId == documentId);
            var segments = 0;
            _vectors.InsertBulk(entries.Select(e => new VectorRecord
            {
                Id = e.IsSegment ? e.ClauseId + SegmentSeparator + (++segments) : e.ClauseId, DocumentId = documentId, ContentHash = contentHash, ModelId = modelId, Kind = e.Kind, Vector = ToBytes(e.Vector),
            }));
        });

    /// <summary>Removes a document's vectors.</summary>
    public void Remove(string documentId) => _writer.Write(() => _vectors.DeleteMany(v => v.DocumentId == documentId));

    /// <summary>Removes every vector not made by <paramref name="modelId"/>.</summary>
    public int RemoveOtherModels(string modelId)
    {
        var removed = 0;
        _writer.Write(() => removed = _vectors.DeleteMany(v => v.ModelId != modelId));
        return removed;
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    private static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    private static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
