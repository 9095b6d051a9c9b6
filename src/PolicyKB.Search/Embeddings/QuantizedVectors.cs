using System.Runtime.InteropServices;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Rows of int8 values with one float scale per row (value = scale · q, |q| ≤ 127). Four times smaller than
/// float32 in the file and in memory; the rounding error (≤ 0.4 % of the row's largest component) is far below
/// the noise of the trained vectors themselves.
/// </summary>
internal sealed class QuantizedVectors
{
    private readonly sbyte[] _values;
    private readonly float[] _scales;

    private QuantizedVectors(int count, int dims, sbyte[] values, float[] scales)
    {
        Count = count;
        Dimensions = dims;
        _values = values;
        _scales = scales;
    }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>Row length.</summary>
    public int Dimensions { get; }

    /// <summary>Quantises <paramref name="count"/> rows of <paramref name="dims"/> floats.</summary>
    public static QuantizedVectors Quantize(ReadOnlySpan<float> rows, int count, int dims)
    {
        var values = new sbyte[(long)count * dims];
        var scales = new float[count];
        for (var r = 0; r < count; r++)
        {
            var row = rows.Slice(r * dims, dims);
            var max = 0f;
            foreach (var x in row) max = Math.Max(max, float.IsFinite(x) ? Math.Abs(x) : 0f);
            if (max == 0f) continue;
            var scale = max / 127f;
            scales[r] = scale;
            for (var k = 0; k < dims; k++)
            {
                var q = float.IsFinite(row[k]) ? MathF.Round(row[k] / scale) : 0f;
                values[(long)r * dims + k] = (sbyte)Math.Clamp(q, -127f, 127f);
            }
        }
        return new QuantizedVectors(count, dims, values, scales);
    }

    /// <summary>acc += weight · row.</summary>
    public void AddTo(int row, float weight, Span<float> acc)
    {
        var w = weight * _scales[row];
        if (w == 0f) return;
        var q = _values.AsSpan(row * Dimensions, Dimensions);
        for (var k = 0; k < q.Length; k++) acc[k] += w * q[k];
    }

    /// <summary>Dot product of a row with <paramref name="x"/>.</summary>
    public float Dot(int row, ReadOnlySpan<float> x)
    {
        var q = _values.AsSpan(row * Dimensions, Dimensions);
        var sum = 0f;
        for (var k = 0; k < q.Length; k++) sum += q[k] * x[k];
        return sum * _scales[row];
    }

    /// <summary>Every row as floats (scale · q), row after row.</summary>
    public float[] ToFloats()
    {
        var rows = new float[(long)Count * Dimensions];
        for (var r = 0; r < Count; r++) AddTo(r, 1f, rows.AsSpan(r * Dimensions, Dimensions));
        return rows;
    }

    /// <summary>Writes scales then values.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(MemoryMarshal.AsBytes(_scales.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_values.AsSpan()));
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static QuantizedVectors Read(BinaryReader reader, int count, int dims)
    {
        var scales = new float[count];
        var values = new sbyte[(long)count * dims];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(scales.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        foreach (var s in scales)
        {
            if (!float.IsFinite(s) || s < 0) throw new InvalidDataException("Corrupt embedding model: bad vector scale.");
        }
        return new QuantizedVectors(count, dims, values, scales);
    }
}
