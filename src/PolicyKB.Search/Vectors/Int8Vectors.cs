using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// Symmetric per-row int8 quantization of unit vectors: a row is stored as round(v / s) with s = max|v| / 127, so
/// each component keeps about 0.4% of the row's largest; cosines move by far less than the gaps between ranks
/// (checked on <c>policykb eval</c>). A row takes a quarter of its float32 size.
/// </summary>
public static class Int8Vectors
{
    /// <summary>Quantizes <paramref name="vector"/> into <paramref name="row"/> and returns the row's scale.</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> row)
    {
        var max = 0f;
        foreach (var v in vector) max = Math.Max(max, Math.Abs(v));
        if (max == 0 || !float.IsFinite(max))
        {
            row.Clear();
            return 0;
        }
        var scale = max / 127f;
        for (var i = 0; i < vector.Length; i++) row[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        return scale;
    }

    /// <summary>
    /// Quantizes what the int8 <paramref name="row"/> (with <paramref name="scale"/>) misses of <paramref name="vector"/>
    /// into <paramref name="residual"/> and returns the residual's scale: s·q + r·residual rebuilds the vector with an
    /// error of at most half a residual step (the residual is at most half an int8 step, so about 1/250 of int8's).
    /// </summary>
    public static float Residual(ReadOnlySpan<float> vector, ReadOnlySpan<sbyte> row, float scale, Span<sbyte> residual)
    {
        Span<float> missed = vector.Length <= 1024 ? stackalloc float[vector.Length] : new float[vector.Length];
        for (var i = 0; i < vector.Length; i++) missed[i] = vector[i] - row[i] * scale;
        return Quantize(missed, residual);
    }

    /// <summary>The float vector a row stands for.</summary>
    public static float[] Dequantize(ReadOnlySpan<sbyte> row, float scale)
    {
        var vector = new float[row.Length];
        for (var i = 0; i < row.Length; i++) vector[i] = row[i] * scale;
        return vector;
    }

    /// <summary>The dot product of a float query with an int8 row (before the row's scale), with 256-bit SIMD where the CPU has it.</summary>
    /// <remarks>
    /// Compiled optimized from its first call: a search scans every row through it, and its tier-0 code (each Vector256
    /// operation a call) ran a new process's first semantic scan at 126k clauses in seconds while the tier-1 version
    /// waited behind the start-up's other compilations.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Dot(ReadOnlySpan<float> query, ReadOnlySpan<sbyte> row)
    {
        var i = 0;
        var sum = 0f;
        if (Vector256.IsHardwareAccelerated && row.Length >= 32)
        {
            var acc0 = Vector256<float>.Zero;
            var acc1 = Vector256<float>.Zero;
            for (; i <= row.Length - 32; i += 32)
            {
                // 32 int8 → 2 × 16 int16 → 4 × 8 int32 → float, each multiplied with its 8 query floats.
                var bytes = Vector256.Create(row.Slice(i, 32));
                var (low, high) = Vector256.Widen(bytes);
                var (a, b) = Vector256.Widen(low);
                var (c, d) = Vector256.Widen(high);
                acc0 += Vector256.ConvertToSingle(a) * Vector256.Create(query.Slice(i, 8));
                acc1 += Vector256.ConvertToSingle(b) * Vector256.Create(query.Slice(i + 8, 8));
                acc0 += Vector256.ConvertToSingle(c) * Vector256.Create(query.Slice(i + 16, 8));
                acc1 += Vector256.ConvertToSingle(d) * Vector256.Create(query.Slice(i + 24, 8));
            }
            sum = Vector256.Sum(acc0 + acc1);
        }
        for (; i < row.Length; i++) sum += query[i] * row[i];
        return sum;
    }
}
