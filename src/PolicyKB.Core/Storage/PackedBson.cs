using System.Buffers;
using System.IO.Compression;
using LiteDB;

namespace PolicyKB.Storage;

/// <summary>
/// A record kept as its id and its content as Brotli-compressed BSON. Clause and citation sets repeat field names per
/// item and the document's id inside every clause id, parent, child and neighbour link, so they compress about
/// sixfold (clause sets of the first 400 files of shared/train: 98 MB as BSON); nothing queries inside them (they are
/// read and written whole by id), so LiteDB never needs to see their fields. A record written before packing (its
/// fields in the open) is read as it is.
/// </summary>
internal static class PackedBson
{
    /// <summary>The field holding the compressed content.</summary>
    public const string Field = "z";

    /// <summary>LiteDB's record limit, kept for the content before packing: the largest document stored stays what it was.</summary>
    public const int MaxContentBytes = 16 * 1024 * 1024;

    /// <summary>The record for <paramref name="content"/> under <paramref name="id"/>.</summary>
    public static BsonDocument Pack(string id, BsonDocument content) => Pack(id, BsonSerializer.Serialize(content));

    /// <summary>The record for content already serialised as BSON (<paramref name="raw"/>) under <paramref name="id"/>.</summary>
    public static BsonDocument Pack(string id, ReadOnlySpan<byte> raw)
    {
        if (raw.Length > MaxContentBytes)
        {
            throw new InvalidOperationException($"bản ghi {id} quá lớn để lưu ({raw.Length / (1024 * 1024)} MB, tối đa {MaxContentBytes / (1024 * 1024)} MB)");
        }
        // Quality 4 of 11: within a few percent of the best ratio at a fraction of the time, and ingestion writes every set.
        // The encoder is driven as BrotliStream drives it (the content, then the final block), into a pooled buffer that
        // holds the worst case, so only the packed bytes themselves are allocated.
        using var encoder = new BrotliEncoder(quality: 4, window: 22);
        var output = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(raw.Length) + 64);
        try
        {
            var status = encoder.Compress(raw, output, out var consumed, out var written, isFinalBlock: false);
            if (status != OperationStatus.Done || consumed != raw.Length) throw new InvalidDataException($"bản ghi {id}: nén Brotli thất bại ({status})");
            status = encoder.Compress(ReadOnlySpan<byte>.Empty, output.AsSpan(written), out _, out var last, isFinalBlock: true);
            if (status != OperationStatus.Done) throw new InvalidDataException($"bản ghi {id}: nén Brotli thất bại ({status})");
            return new BsonDocument { ["_id"] = id, [Field] = output.AsSpan(0, written + last).ToArray() };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>The content of <paramref name="record"/>, with its id; a record written before packing is returned as it is.</summary>
    /// <exception cref="InvalidDataException">The compressed bytes are damaged.</exception>
    public static BsonDocument Unpack(BsonDocument record)
    {
        if (UnpackBytes(record) is not { } raw) return record;
        var content = BsonSerializer.Deserialize(raw.ToArray());
        content["_id"] = record["_id"];
        return content;
    }

    /// <summary>
    /// The BSON bytes a packed record holds, decompressed, for a reader of its own (<see cref="CitationSetReader"/>); null
    /// for a record written before packing. Damaged bytes throw as <see cref="Unpack"/> does.
    /// </summary>
    public static ArraySegment<byte>? UnpackBytes(BsonDocument record)
    {
        if (!record.TryGetValue(Field, out var packed) || !packed.IsBinary) return null;
        using var input = new MemoryStream(packed.AsBinary);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        var raw = new MemoryStream(packed.AsBinary.Length * 6);
        brotli.CopyTo(raw);
        return new ArraySegment<byte>(raw.GetBuffer(), 0, (int)raw.Length);
    }
}
