namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>
/// Settings of <see cref="ContrastiveTuner"/>: in-batch-negative (InfoNCE) fine-tuning of a trained model's unit
/// vectors on query ↔ passage pairs.
/// </summary>
public sealed class ContrastiveOptions
{
    /// <summary>Passes over the pairs. Default 5.</summary>
    public int Epochs { get; set; } = 5;

    /// <summary>Pairs per batch; every other pair's passage of a batch is a negative. Default 128.</summary>
    public int BatchSize { get; set; } = 128;

    /// <summary>Step size of plain SGD on unit rows, decayed linearly to zero. Default 2 (the loss is a batch mean, so each row's gradient is small).</summary>
    public double LearningRate { get; set; } = 2;

    /// <summary>Softmax temperature of the cosine logits. Default 0.1 (0.05 gave lower dev figures: tests/eval/rerank.md, round 5).</summary>
    public double Temperature { get; set; } = 0.1;

    /// <summary>
    /// Pull of a tuned unit back toward its skip-gram vector (L2, per step): the pairs cover a few thousand units,
    /// and the rest of the vocabulary must still sit where skip-gram put it relative to them. The pull per step is
    /// step size × anchor, so the tuned vector settles where gradient and pull balance. Default 0.001 (0.1 and 0.01
    /// held the vectors too close to move dev figures much; tests/eval/rerank.md, round 5).
    /// </summary>
    public double Anchor { get; set; } = 0.001;

    /// <summary>
    /// Whether a query map (a dims × dims matrix on query vectors, from the identity) is learnt together with the unit
    /// vectors, so queries and passages may be encoded differently. Default false.
    /// </summary>
    public bool LearnQueryMap { get; set; }

    /// <summary>Pull of the jointly learnt query map toward the identity, per step (times the step size). Default 0.01.</summary>
    public double QueryMapAnchor { get; set; } = 0.01;

    /// <summary>Random seed for the order of pairs. Default 20250101.</summary>
    public ulong Seed { get; set; } = 20250101;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for settings the tuner cannot use.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Temperature);
        ArgumentOutOfRangeException.ThrowIfNegative(Anchor);
        ArgumentOutOfRangeException.ThrowIfNegative(QueryMapAnchor);
    }
}
