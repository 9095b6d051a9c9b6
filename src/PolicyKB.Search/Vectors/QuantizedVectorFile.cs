using System.Text;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// The clause vectors on disk (data/vectors.pkbv): one flat file, rewritten whole through a temporary file and a
/// rename, so a reader or a crash sees the old file or the new one, never half of each. Layout, little-endian:
/// a magic and a format version; the model id (vectors of another model are never mixed in); the dimension; the
/// documents with the content hash their vectors were made from; per row its document, clause id, kind and whether
/// it is a passage; every row's scale; the int8 rows back to back, which search scans; the full-precision rows, read
/// only to rescore the best candidates of a scan (<see cref="FloatRows"/>); then the length of all that and an end
/// magic, so a file cut short or overwritten at its start is recognised as damaged. Version 1 kept the full-precision
/// rows as float32, version 2 as float16 (<see cref="Half"/>); version 3 keeps only what the int8 row misses: per row
/// a scale and the int8-quantized residual v − s·q, so a row is rebuilt as s·q + r·residual with an error about 1/250
/// of int8's alone (below float16's for a unit vector's components) at 4 + d bytes instead of 2d (at 128 dimensions,
/// 132 bytes instead of 256: about 24 MB less at 195k rows). Files of versions 1 and 2 are still read, and their owner
/// rewrites them as version 3 on open (<see cref="VectorStoreRecovery"/>).
/// </summary>
public static class QuantizedVectorFile
{
    /// <summary>The file name in a data folder.</summary>
    public const string FileName = "vectors.pkbv";

    /// <summary>The version written: int8 residual rows (<see cref="Int8Vectors.Residual"/>).</summary>
    public const int CurrentVersion = 3;

    /// <summary>The second version: float16 full-precision rows.</summary>
    public const int Float16Version = 2;

    /// <summary>The first version: float32 full-precision rows.</summary>
    public const int Float32Version = 1;

    private static readonly byte[] StartMagic = "PKBVEC01"u8.ToArray();
    private static readonly byte[] EndMagic = "PKBVEND1"u8.ToArray();

    /// <summary>What a file holds.</summary>
    /// <param name="ModelId">Identity of the model (and clause layout) that made the vectors.</param>
    /// <param name="Dimensions">Vector length.</param>
    /// <param name="Documents">Document id → content hash of the version embedded.</param>
    /// <param name="Entries">One per row, without vectors.</param>
    /// <param name="Scales">One per row.</param>
    /// <param name="Rows">Entries.Count × Dimensions int8 values.</param>
    /// <param name="FloatOffset">Where the full-precision rows start in the file (they are not read).</param>
    /// <param name="Version">The format version: <see cref="CurrentVersion"/>, <see cref="Float16Version"/> or <see cref="Float32Version"/>.</param>
    public sealed record Contents(string ModelId, int Dimensions, IReadOnlyDictionary<string, string> Documents, IReadOnlyList<VectorEntry> Entries, float[] Scales, sbyte[] Rows, long FloatOffset,
        int Version = CurrentVersion)
    {
        /// <summary>Bytes of one full-precision row.</summary>
        public int FloatRowBytes => RowBytes(Version, Dimensions);
    }

    /// <summary>Bytes of one full-precision row in a file of <paramref name="version"/>.</summary>
    public static int RowBytes(int version, int dimensions) => version switch
    {
        Float32Version => sizeof(float) * dimensions,
        Float16Version => 2 * dimensions,
        _ => sizeof(float) + dimensions,
    };

    /// <summary>Writes the float32 row of entry <c>i</c> into the span given (the caller knows where each lives now).</summary>
    public delegate void FloatRowSource(int i, float[] vector);

    /// <summary>Writes the file atomically (temporary file in the same folder, then a rename over the old one).</summary>
    public static long Write(string path, string modelId, IReadOnlyDictionary<string, string> documents, IReadOnlyList<VectorEntry> entries,
        ReadOnlySpan<float> scales, ReadOnlySpan<sbyte> rows, int dimensions, FloatRowSource floats) =>
        Write(path, modelId, documents, entries, scales, rows, dimensions, floats, CurrentVersion);

    /// <summary>Writes the file in format <paramref name="version"/> (tests write version 1 to check its upgrade).</summary>
    internal static long Write(string path, string modelId, IReadOnlyDictionary<string, string> documents, IReadOnlyList<VectorEntry> entries,
        ReadOnlySpan<float> scales, ReadOnlySpan<sbyte> rows, int dimensions, FloatRowSource floats, int version)
    {
        long floatOffset;
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(StartMagic);
            writer.Write(version);
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
            var half = new Half[dimensions];
            var residual = new sbyte[dimensions];
            for (var i = 0; i < entries.Count; i++)
            {
                floats(i, vector);
                if (version == Float32Version)
                {
                    writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
                    continue;
                }
                if (version == Float16Version)
                {
                    System.Numerics.Tensors.TensorPrimitives.ConvertToHalf(vector, half);
                    writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(half.AsSpan()));
                    continue;
                }
                writer.Write(Int8Vectors.Residual(vector, rows.Slice(i * dimensions, dimensions), scales[i], residual));
                writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(residual.AsSpan()));
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
            if (!reader.ReadBytes(StartMagic.Length).AsSpan().SequenceEqual(StartMagic)) throw new InvalidDataException("không phải tệp vector của PolicyKB");
            var version = reader.ReadInt32();
            if (version is not (Float32Version or Float16Version or CurrentVersion)) throw new InvalidDataException($"phiên bản tệp vector {version} không được hỗ trợ");
            var modelId = reader.ReadString();
            var dimensions = reader.ReadInt32();
            var documentCount = reader.ReadInt32();
            var rowCount = reader.ReadInt32();
            if (dimensions is < 0 or > 65_536 || documentCount < 0 || rowCount < 0 || (long)rowCount * (dimensions + 4 + RowBytes(version, dimensions)) > length) throw new InvalidDataException("đầu tệp hỏng");
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
            if (floatOffset + (long)rowCount * RowBytes(version, dimensions) != length) throw new InvalidDataException("độ dài tệp không khớp với nội dung");
            return new Contents(modelId, dimensions, documents, entries, scales, rows, floatOffset, version);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("tệp bị cắt ngắn", ex);
        }
    }
}
