using System.Diagnostics;

namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>
/// The supervised stage after skip-gram: fine-tunes a trained model's unit vectors so that the SIF vector of a
/// query-like text lands near its passage's vector. Loss: symmetric InfoNCE (multiple-negatives ranking loss) over
/// each batch, every other pair's passage (or query) a negative, on cosines of the model's own sentence vectors
/// (SIF sum, common component removed, L2-normalised), so what is tuned is exactly what search compares.
/// </summary>
/// <remarks>
/// Only unit rows move, by plain SGD with a linearly decaying step, each pulled back toward its skip-gram vector
/// (<see cref="ContrastiveOptions.Anchor"/>) and kept at unit length, as the encoder expects; character n-gram rows
/// (unknown words) and the common component stay as skip-gram left them. With
/// <see cref="ContrastiveOptions.LearnQueryMap"/> a query map is learnt in the same steps (see <see cref="QueryMapTuner"/>
/// for one learnt afterwards on frozen vectors). Single-threaded and seeded: the same pairs and options give the same
/// model bit for bit.
/// </remarks>
public static class ContrastiveTuner
{
    /// <summary>A new model whose unit vectors are tuned on <paramref name="pairs"/>; <paramref name="model"/> is unchanged.</summary>
    public static DomainEmbeddingModel Tune(DomainEmbeddingModel model, IReadOnlyList<ContrastivePair> pairs, ContrastiveOptions options,
        IProgress<EmbeddingTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pairs);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var encoded = Encode(model, pairs);
        progress?.Report(new("tune", 0, $"{encoded.Count:N0} of {pairs.Count:N0} pairs usable ({clock.Elapsed.TotalSeconds:F1} s)"));
        if (encoded.Count < 2) return model;

        var state = new TuningState(model, options);
        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var batch = Math.Min(options.BatchSize, encoded.Count);
        var stepsPerEpoch = encoded.Count / batch;
        var totalSteps = (long)stepsPerEpoch * options.Epochs;
        var step = 0L;
        var random = new FastRandom(options.Seed ^ 0xC0A7E5A1UL);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            InfoNce.Shuffle(order, random);
            double loss = 0, correct = 0;
            for (var b = 0; b < stepsPerEpoch; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rate = (float)(options.LearningRate * (1.0 - (double)step / totalSteps));
                var members = new List<(EncodedText Query, EncodedText Passage)>(batch);
                for (var k = 0; k < batch; k++) members.Add(encoded[order[b * batch + k]]);
                var (batchLoss, batchCorrect) = state.Step(members, rate);
                loss += batchLoss;
                correct += batchCorrect;
                step++;
            }
            var seen = (double)stepsPerEpoch * batch;
            progress?.Report(new("tune", (epoch + 1.0) / options.Epochs,
                $"epoch {epoch + 1}: loss {loss / stepsPerEpoch:F3}, in-batch top-1 {correct / seen:P1} ({clock.Elapsed.TotalSeconds:F1} s)"));
        }
        var tuned = model.WithUnitVectors(state.Quantize());
        return state.QueryMap is { } map ? tuned.WithQueryMap(map) : tuned;
    }

    private static List<(EncodedText Query, EncodedText Passage)> Encode(DomainEmbeddingModel model, IReadOnlyList<ContrastivePair> pairs)
    {
        var list = new List<(EncodedText, EncodedText)>(pairs.Count);
        foreach (var pair in pairs)
        {
            var query = model.EncodeForTuning(pair.Query);
            var passage = model.EncodeForTuning(pair.Passage);
            if (query.Units.Length == 0 || passage.Units.Length == 0) continue;
            list.Add((query, passage));
        }
        return list;
    }
}
