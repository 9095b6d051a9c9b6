using System.Numerics.Tensors;

namespace PolicyKB.Search.Vectors;

/// <summary>Vector helpers.</summary>
public static class VectorMath
{
    /// <summary>Scales the vector to unit length in place; a zero vector stays zero.</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm)) TensorPrimitives.Divide(vector, norm, vector);
    }
}
