using System.Numerics;
using System.Runtime.InteropServices;

namespace PolicyKB.Search.Embeddings;

/// <summary>SIMD dot product and axpy over float spans: the whole cost of training is in these two loops.</summary>
internal static class VectorMath
{
    /// <summary>Σ x[i]·y[i].</summary>
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
        var acc = Vector<float>.Zero;
        for (var i = 0; i < vx.Length; i++) acc += vx[i] * vy[i];
        var sum = Vector.Sum(acc);
        for (var i = vx.Length * Vector<float>.Count; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }

    /// <summary>y += a·x.</summary>
    public static void AddScaled(Span<float> y, float a, ReadOnlySpan<float> x)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
        var va = new Vector<float>(a);
        for (var i = 0; i < vy.Length; i++) vy[i] += va * vx[i];
        for (var i = vy.Length * Vector<float>.Count; i < y.Length; i++) y[i] += a * x[i];
    }

    /// <summary>x *= a.</summary>
    public static void Scale(Span<float> x, float a)
    {
        for (var i = 0; i < x.Length; i++) x[i] *= a;
    }

    /// <summary>Euclidean norm.</summary>
    public static float Norm(ReadOnlySpan<float> x) => MathF.Sqrt(Dot(x, x));

    /// <summary>Scales <paramref name="x"/> to unit length; leaves an all-zero (or non-finite) vector all zero.</summary>
    public static void Normalize(Span<float> x)
    {
        var norm = Norm(x);
        if (norm > 1e-12f && float.IsFinite(norm)) Scale(x, 1f / norm);
        else x.Clear();
    }
}
