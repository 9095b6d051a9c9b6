namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Estimates the first principal component of SIF sentence vectors (uncentred, as in Arora et al. 2017) by power
/// iteration on their d×d second-moment matrix: exact enough after a few dozen steps and trivial at d ≈ 128.
/// </summary>
internal static class CommonComponent
{
    private const int MinSentenceLength = 3;
    private const int Iterations = 100;

    /// <summary>The unit-length component, sign fixed so its largest entry is positive; all zero if there are no sentences.</summary>
    public static float[] Estimate(DomainEmbeddingModel model, TrainingData data, int maxSentences, ulong seed)
    {
        var dims = model.Dimensions;
        var moment = new double[dims * dims];
        var starts = data.SentenceStarts;
        var candidates = Enumerable.Range(0, starts.Length - 1).Where(s => starts[s + 1] - starts[s] >= MinSentenceLength).ToArray();
        var random = new FastRandom(seed ^ 0x5EEDC0DEUL);
        // Partial Fisher–Yates: a deterministic uniform sample without replacement.
        var take = Math.Min(maxSentences, candidates.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + random.Next(candidates.Length - i);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }
        var vector = new float[dims];
        for (var i = 0; i < take; i++)
        {
            var s = candidates[i];
            Array.Clear(vector);
            var n = model.AccumulateUnits(data.Tokens.AsSpan(starts[s], starts[s + 1] - starts[s]), vector);
            for (var a = 0; a < dims; a++)
            {
                var va = vector[a] / (double)n;
                for (var b = 0; b < dims; b++) moment[a * dims + b] += va * vector[b] / n;
            }
        }
        return take == 0 ? new float[dims] : PowerIteration(moment, dims);
    }

    private static float[] PowerIteration(double[] matrix, int dims)
    {
        var v = Enumerable.Repeat(1.0 / Math.Sqrt(dims), dims).ToArray();
        var next = new double[dims];
        for (var it = 0; it < Iterations; it++)
        {
            for (var a = 0; a < dims; a++)
            {
                double sum = 0;
                for (var b = 0; b < dims; b++) sum += matrix[a * dims + b] * v[b];
                next[a] = sum;
            }
            var norm = Math.Sqrt(next.Sum(x => x * x));
            if (!(norm > 1e-30)) return new float[dims];
            for (var a = 0; a < dims; a++) v[a] = next[a] / norm;
        }
        var largest = v.MaxBy(Math.Abs);
        var sign = largest < 0 ? -1.0 : 1.0;
        return v.Select(x => (float)(x * sign)).ToArray();
    }
}
