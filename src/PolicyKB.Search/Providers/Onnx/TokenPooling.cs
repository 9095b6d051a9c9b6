namespace PolicyKB.Search.Providers.Onnx;

/// <summary>Sentence vectors from a transformer's output: masked mean or first-token pooling, L2 normalisation.</summary>
internal static class TokenPooling
{
    /// <summary>
    /// One vector per row of <paramref name="output"/>: shape [rows, tokens, hidden] is pooled under
    /// <paramref name="mask"/> ([rows, <paramref name="length"/>]); shape [rows, hidden] is already pooled.
    /// </summary>
    public static float[][] Pool(ReadOnlySpan<float> output, long[] shape, long[] mask, int length, OnnxPooling pooling)
    {
        var rows = (int)shape[0];
        var hidden = (int)shape[^1];
        var vectors = new float[rows][];
        if (shape.Length == 2)
        {
            for (var r = 0; r < rows; r++) vectors[r] = output.Slice(r * hidden, hidden).ToArray();
            return vectors;
        }
        if (shape.Length != 3) throw new InvalidOperationException($"Đầu ra của mô hình ONNX có {shape.Length} chiều; cần [lô, token, ẩn] hoặc [lô, ẩn].");
        var tokens = (int)shape[1];
        for (var r = 0; r < rows; r++)
        {
            var vector = new float[hidden];
            var row = output.Slice(r * tokens * hidden, tokens * hidden);
            if (pooling == OnnxPooling.Cls)
            {
                row[..hidden].CopyTo(vector);
            }
            else
            {
                // Sentence-transformers' mean pooling: padding positions (mask 0) must not dilute the mean.
                var counted = 0;
                for (var t = 0; t < tokens && t < length; t++)
                {
                    if (mask[r * length + t] == 0) continue;
                    counted++;
                    var token = row.Slice(t * hidden, hidden);
                    for (var h = 0; h < hidden; h++) vector[h] += token[h];
                }
                if (counted > 0)
                {
                    for (var h = 0; h < hidden; h++) vector[h] /= counted;
                }
            }
            vectors[r] = vector;
        }
        return vectors;
    }

    /// <summary>Scales <paramref name="vector"/> to unit length in place; the zero vector stays zero.</summary>
    public static void Normalize(float[] vector)
    {
        double sum = 0;
        foreach (var v in vector) sum += (double)v * v;
        if (sum <= 0) return;
        var scale = (float)(1.0 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++) vector[i] *= scale;
    }
}
