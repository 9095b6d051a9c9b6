using System.Text;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// The clause vectors on disk (data/vectors.pkbv): one flat file, rewritten whole through a temporary file and a
/// rename, so a reader or a crash sees the old file or the new one, never half of each. Layout, little-endian:
/// a magic and a format version; the model id (vectors of another model are never mixed in); the dimension; the
/// documents with the content hash their vectors were made from; per row its document, clause id, kind and whether
/// it is a passage; every row's scale; the int8 rows back to back, which search scans; the float32 rows, read only to
/// rescore the best candidates of a scan (<see cref="FloatRows"/>); then the length of all that and an end magic,
/// so a file cut short or overwritten at its start is recognised as damaged.
/// </summary>
public static class QuantizedVectorFile
{
    /// <summary>The file name in a data folder.</summary>
    public const string FileName = "vectors.pkbv";

    private const int Version = 1;
    private static readonly byte[] StartMagic = "PKBVEC01"u8.ToArray();
    private static readonly byte[] EndMagic = "PKBVEND1"u8.ToArray();

    /// <summary>What a file holds.</summary>
    /// <param name="ModelId">Identity of the model (and clause layout) that made the vectors.</param>
    /// <param name="Dimensions">Vector length.</param>
    /// <param name="Documents">Document id → content hash of the version embedded.</param>
    /// <param name="Entries">One per row, without vectors.</param>
    /// <param name="Scales">One per row.</param>
    /// <param name="Rows">Entries.Count × Dimensions int8 values.</param>
    /// <param name="FloatOffset">Where the float32 rows start in the file (they are not read).</param>
    public sealed record Contents(string ModelId, int Dimensions, IReadOnlyDictionary<string, string> Documents, IReadOnlyList<VectorEntry> Entries, float[] Scales, sbyte[] Rows, long FloatOffset);

    /// <summary>Writes the float32 row of entry <c>i</c> into the span given (the caller knows where each lives now).</summary>
    public delegate void FloatRowSource(int i, float[] vector);

    /// <summary>Writes the file atomically (temporary file in the same folder, then a rename over the old one).</summary>
    public static long Write(string path, string modelId, IReadOnlyDictionary<string, string> documents, IReadOnlyList<VectorEntry> entries,
        ReadOnlySpan<float> scales, ReadOnlySpan<sbyte> rows, int dimensions, FloatRowSource floats)
    {
        long floatOffset;
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(StartMagic);
            writer.Write(Version);
            writer.Write(modelId);
            writer.Write(dimensions);
            writer.Write(documents.Count);
            writer.Write(entries.Count);
            var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (id, hash) in documents)
            {
                documentIndex[id] = documentIndex.Count;
                writer.Write(id);
                writer.Write(hash);
            }
            foreach (var entry in entries)
            {
                writer.Write(documentIndex.TryGetValue(entry.DocumentId, out var d) ? d : throw new InvalidOperationException($"vector of {entry.ClauseId}: document {entry.DocumentId} has no content hash"));
                writer.Write(entry.ClauseId);
                writer.Write(entry.Kind);
                writer.Write(entry.IsSegment);
            }
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(scales));
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rows));
            writer.Flush();
            floatOffset = stream.Position;
            var vector = new float[dimensions];
            for (var i = 0; i < entries.Count; i++)
            {
                floats(i, vector);
                writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
            }
            writer.Flush();
            writer.Write(stream.Position);
            writer.Write(EndMagic);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        return floatOffset;
    }

    /// <summary>Reads a file; <see cref="InvalidDataException"/> when it is damaged or not a vector file.</summary>
    public static Contents Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 20);
        if (stream.Length < StartMagic.Length + EndMagic.Length + 8) throw new InvalidDataException("tệp quá ngắn");
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        stream.Position = stream.Length - EndMagic.Length - 8;
        var length = reader.ReadInt64();
        if (!reader.ReadBytes(EndMagic.Length).AsSpan().SequenceEqual(EndMagic) || length != stream.Length - EndMagic.Length - 8)
        {
            throw new InvalidDataException("tệp bị cắt ngắn hoặc ghi đè ở cuối");
        }
        stream.Position = 0;
        try
        {
            if (!reader.ReadBytes(StartMagic.Length).AsSpan().SequenceEqual(StartMagic) || reader.ReadInt32() != Version) throw new InvalidDataException("không phải tệp vector của PolicyKB");
            var modelId = reader.ReadString();
            var dimensions = reader.ReadInt32();
            var documentCount = reader.ReadInt32();
            var rowCount = reader.ReadInt32();
            if (dimensions is < 0 or > 65_536 || documentCount < 0 || rowCount < 0 || (long)rowCount * (5 * dimensions + 4) > length) throw new InvalidDataException("đầu tệp hỏng");
            var documents = new Dictionary<string, string>(documentCount, StringComparer.Ordinal);
            var ids = new string[documentCount];
            for (var i = 0; i < documentCount; i++)
            {
                ids[i] = reader.ReadString();
                documents[ids[i]] = reader.ReadString();
            }
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            var entries = new VectorEntry[rowCount];
            for (var i = 0; i < rowCount; i++)
            {
                var document = reader.ReadInt32();
                if ((uint)document >= (uint)documentCount) throw new InvalidDataException("dòng vector trỏ tới văn bản không có");
                var clauseId = reader.ReadString();
                var kind = reader.ReadString();
                kind = kinds.TryGetValue(kind, out var shared) ? shared : kinds[kind] = kind;
                entries[i] = new VectorEntry(clauseId, ids[document], kind, []) { IsSegment = reader.ReadBoolean() };
            }
            var scales = new float[rowCount];
            stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(scales.AsSpan()));
            var rows = new sbyte[(long)rowCount * dimensions];
            stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rows.AsSpan()));
            var floatOffset = stream.Position;
            if (floatOffset + (long)rowCount * dimensions * sizeof(float) != length) throw new InvalidDataException("độ dài tệp không khớp với nội dung");
            return new Contents(modelId, dimensions, documents, entries, scales, rows, floatOffset);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("tệp bị cắt ngắn", ex);
        }
    }
}
