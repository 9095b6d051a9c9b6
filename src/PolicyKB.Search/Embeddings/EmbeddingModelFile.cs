using System.Text;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// The model file, little-endian:
/// <code>
/// "PKBE"  int32 version (1 or 2)  int32 dims  int32 units  int32 buckets  int32 minN  int32 maxN  float32 sifA
/// float32[dims]           first principal component of training sentences (unit length, or all zero)
/// units × (string, 7-bit int64 count)      vocabulary, descending count; string = 7-bit length + UTF-8
/// float32[units], int8[units × dims]       unit vectors (composed, unit length), per-row scale then values
/// float32[buckets], int8[buckets × dims]   character n-gram bucket vectors, same layout
/// float32[dims × dims]                     version 2 only: the query map (row-major)
/// "EBKP"                                   end marker (detects truncated files)
/// </code>
/// A model without a query map is written as version 1, byte for byte as before, so its model id (the file's hash)
/// and the vectors stored with it stay valid; version 1 files load as models without a map.
/// </summary>
internal static class EmbeddingModelFile
{
    /// <summary>Format of a model without a query map.</summary>
    public const int Version = 1;

    /// <summary>Format of a model with a query map (<see cref="ModelParts.QueryMap"/>).</summary>
    public const int QueryMapVersion = 2;

    private static readonly byte[] _magic = "PKBE"u8.ToArray();
    private static readonly byte[] _end = "EBKP"u8.ToArray();

    /// <summary>Writes a model.</summary>
    public static void Write(Stream stream, ModelParts parts)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(_magic);
        writer.Write(parts.QueryMap is null ? Version : QueryMapVersion);
        writer.Write(parts.Dimensions);
        writer.Write(parts.Units.Length);
        writer.Write(parts.Buckets.Count);
        writer.Write(parts.MinN);
        writer.Write(parts.MaxN);
        writer.Write(parts.SifA);
        foreach (var x in parts.Component) writer.Write(x);
        for (var u = 0; u < parts.Units.Length; u++)
        {
            writer.Write(parts.Units[u]);
            writer.Write7BitEncodedInt64(parts.Counts[u]);
        }
        parts.UnitVectors.Write(writer);
        parts.Buckets.Write(writer);
        if (parts.QueryMap is { } map)
        {
            if (map.Length != parts.Dimensions * parts.Dimensions) throw new InvalidOperationException("The query map must hold dims × dims values.");
            foreach (var x in map) writer.Write(x);
        }
        writer.Write(_end);
    }

    /// <summary>Reads a model; <see cref="InvalidDataException"/> when the stream is not a (complete) model file.</summary>
    public static ModelParts Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual(_magic)) throw new InvalidDataException("Not a PolicyKB embedding model (bad magic).");
            var version = reader.ReadInt32();
            if (version is not (Version or QueryMapVersion))
            {
                throw new InvalidDataException($"Unsupported embedding model version {version} (expected {Version} or {QueryMapVersion}).");
            }
            var dims = reader.ReadInt32();
            var unitCount = reader.ReadInt32();
            var bucketCount = reader.ReadInt32();
            var minN = reader.ReadInt32();
            var maxN = reader.ReadInt32();
            var sifA = reader.ReadSingle();
            if (dims is < 1 or > 4096 || unitCount < 0 || bucketCount < 0 || minN < 1 || maxN < minN || maxN > 64 || !(sifA > 0))
            {
                throw new InvalidDataException("Corrupt embedding model header.");
            }
            var component = new float[dims];
            for (var k = 0; k < dims; k++) component[k] = reader.ReadSingle();
            var units = new string[unitCount];
            var counts = new long[unitCount];
            for (var u = 0; u < unitCount; u++)
            {
                units[u] = reader.ReadString();
                counts[u] = reader.Read7BitEncodedInt64();
                if (counts[u] < 0) throw new InvalidDataException("Corrupt embedding model: negative count.");
            }
            var unitVectors = QuantizedVectors.Read(reader, unitCount, dims);
            var buckets = QuantizedVectors.Read(reader, bucketCount, dims);
            float[]? queryMap = null;
            if (version == QueryMapVersion)
            {
                queryMap = new float[dims * dims];
                for (var k = 0; k < queryMap.Length; k++)
                {
                    queryMap[k] = reader.ReadSingle();
                    if (!float.IsFinite(queryMap[k])) throw new InvalidDataException("Corrupt embedding model: query map value is not finite.");
                }
            }
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual(_end)) throw new InvalidDataException("Truncated embedding model (no end marker).");
            return new ModelParts(dims, units, counts, unitVectors, buckets, minN, maxN, sifA, component, queryMap);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("Truncated embedding model.", ex);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException("Corrupt embedding model: " + ex.Message, ex);
        }
    }
}
