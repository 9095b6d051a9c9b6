using System.Diagnostics;

namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>
/// Learns the model's query map: a dims × dims matrix W, started at the identity, applied to a query's sentence
/// vector e before it is normalised again (q = We/|We|), while passages keep their vectors. Trained with the same
/// symmetric InfoNCE as <see cref="ContrastiveTuner"/> on the cosines of q with the batch's passage vectors, so a
/// short query can be moved toward the wording of the passages that answer it without moving the passages (whose
/// vectors are what the index stores).
/// </summary>
/// <remarks>
/// The unit vectors are frozen here (this runs after <see cref="ContrastiveTuner"/>), so each text is encoded once.
/// Plain SGD with a linearly decaying step; W is pulled toward the identity (<see cref="ContrastiveOptions.Anchor"/>)
/// so that query wordings the pairs never showed stay near where the unit vectors put them. Single-threaded and
/// seeded: the same pairs and options give the same map.
/// </remarks>
public static class QueryMapTuner
{
    /// <summary>A new model with a query map learnt on <paramref name="pairs"/>; <paramref name="model"/> is unchanged.</summary>
    public static DomainEmbeddingModel Tune(DomainEmbeddingModel model, IReadOnlyList<ContrastivePair> pairs, ContrastiveOptions options,
        IProgress<EmbeddingTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pairs);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var encoded = new List<(float[] Query, float[] Passage)>(pairs.Count);
        foreach (var pair in pairs)
        {
            var query = model.Encode(pair.Query);
            var passage = model.Encode(pair.Passage);
            if (VectorMath.Norm(query) == 0f || VectorMath.Norm(passage) == 0f) continue;
            encoded.Add((query, passage));
        }
        progress?.Report(new("query-map", 0, $"{encoded.Count:N0} of {pairs.Count:N0} pairs usable ({clock.Elapsed.TotalSeconds:F1} s)"));
        if (encoded.Count < 2) return model;

        var dims = model.Dimensions;
        var map = Identity(dims);
        var batch = Math.Min(options.BatchSize, encoded.Count);
        var stepsPerEpoch = encoded.Count / batch;
        var totalSteps = (long)stepsPerEpoch * options.Epochs;
        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var random = new FastRandom(options.Seed ^ 0x9E3779B9UL);
        var step = 0L;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            InfoNce.Shuffle(order, random);
            double loss = 0, correct = 0;
            for (var b = 0; b < stepsPerEpoch; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rate = (float)(options.LearningRate * (1.0 - (double)step / totalSteps));
                var members = new (float[] Query, float[] Passage)[batch];
                for (var k = 0; k < batch; k++) members[k] = encoded[order[b * batch + k]];
                var (batchLoss, batchCorrect) = Step(map, dims, members, rate, (float)(1.0 / options.Temperature), (float)options.Anchor);
                loss += batchLoss;
                correct += batchCorrect;
                step++;
            }
            progress?.Report(new("query-map", (epoch + 1.0) / options.Epochs,
                $"epoch {epoch + 1}: loss {loss / stepsPerEpoch:F3}, in-batch top-1 {correct / ((double)stepsPerEpoch * batch):P1} ({clock.Elapsed.TotalSeconds:F1} s)"));
        }
        return model.WithQueryMap(map);
    }

    // One SGD step on W: dL/d(We) = (I − qqᵀ)g/|We| for the query's gradient g, and dL/dW = that ⊗ e.
    private static (double Loss, int Correct) Step(float[] map, int dims, (float[] Query, float[] Passage)[] batch, float rate, float inverseTemperature, float anchor)
    {
        var n = batch.Length;
        var mapped = new float[n][];
        var norms = new float[n];
        for (var i = 0; i < n; i++)
        {
            mapped[i] = Apply(map, dims, batch[i].Query);
            norms[i] = VectorMath.Norm(mapped[i]);
            if (norms[i] > 1e-12f) VectorMath.Scale(mapped[i], 1f / norms[i]);
        }
        var logits = new double[n, n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
            logits[i, j] = VectorMath.Dot(mapped[i], batch[j].Passage) * inverseTemperature;

        var (loss, correct, coefficient) = InfoNce.Evaluate(logits);

        var gradient = new float[dims * dims];
        var g = new float[dims];
        for (var i = 0; i < n; i++)
        {
            if (!(norms[i] > 1e-12f)) continue;
            Array.Clear(g);
            for (var j = 0; j < n; j++) VectorMath.AddScaled(g, coefficient[i, j] * inverseTemperature, batch[j].Passage);
            VectorMath.AddScaled(g, -VectorMath.Dot(g, mapped[i]), mapped[i]);
            VectorMath.Scale(g, 1f / norms[i]);
            var query = batch[i].Query;
            for (var r = 0; r < dims; r++)
            {
                if (g[r] != 0f) VectorMath.AddScaled(gradient.AsSpan(r * dims, dims), g[r], query);
            }
        }
        for (var r = 0; r < dims; r++)
        {
            var row = map.AsSpan(r * dims, dims);
            VectorMath.AddScaled(row, -rate, gradient.AsSpan(r * dims, dims));
            for (var c = 0; c < dims; c++) row[c] -= rate * anchor * (row[c] - (r == c ? 1f : 0f));
        }
        return (loss, correct);
    }

    private static float[] Apply(float[] map, int dims, float[] vector)
    {
        var result = new float[dims];
        for (var r = 0; r < dims; r++) result[r] = VectorMath.Dot(map.AsSpan(r * dims, dims), vector);
        return result;
    }

    private static float[] Identity(int dims)
    {
        var map = new float[dims * dims];
        for (var k = 0; k < dims; k++) map[k * dims + k] = 1f;
        return map;
    }
}
