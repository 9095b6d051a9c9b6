namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>
/// The symmetric InfoNCE loss over a batch of query ↔ passage logits, shared by <see cref="TuningState"/> and
/// <see cref="QueryMapTuner"/>: each query must pick its own passage among the batch's passages, and each passage its
/// query, by softmax over the logits.
/// </summary>
internal static class InfoNce
{
    /// <summary>
    /// The batch's mean loss, how many queries ranked their own passage first, and dL/dlogit[i, j] (the softmax
    /// minus the target, over both directions, averaged over the 2n terms).
    /// </summary>
    public static (double Loss, int Correct, float[,] Coefficient) Evaluate(double[,] logits)
    {
        var n = logits.GetLength(0);
        var coefficient = new float[n, n];
        double loss = 0;
        var correct = 0;
        for (var i = 0; i < n; i++)
        {
            var rows = Softmax(n, j => logits[i, j]);
            var columns = Softmax(n, j => logits[j, i]);
            loss -= Math.Log(Math.Max(rows[i], 1e-30)) + Math.Log(Math.Max(columns[i], 1e-30));
            var best = 0;
            for (var j = 0; j < n; j++)
            {
                coefficient[i, j] += (float)((rows[j] - (i == j ? 1 : 0)) / (2 * n));
                coefficient[j, i] += (float)((columns[j] - (i == j ? 1 : 0)) / (2 * n));
                if (logits[i, j] > logits[i, best]) best = j;
            }
            if (best == i) correct++;
        }
        return (loss / (2 * n), correct, coefficient);
    }

    /// <summary>Fisher–Yates shuffle of <paramref name="order"/> (the order of pairs in an epoch).</summary>
    public static void Shuffle(int[] order, FastRandom random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    private static double[] Softmax(int n, Func<int, double> logit)
    {
        var values = new double[n];
        var max = double.NegativeInfinity;
        for (var j = 0; j < n; j++) max = Math.Max(max, values[j] = logit(j));
        double sum = 0;
        for (var j = 0; j < n; j++) sum += values[j] = Math.Exp(values[j] - max);
        for (var j = 0; j < n; j++) values[j] /= sum;
        return values;
    }
}
