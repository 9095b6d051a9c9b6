namespace PolicyKB.Search.Embeddings;

/// <summary>A progress report from <see cref="EmbeddingTrainer"/>.</summary>
/// <param name="Stage">"read", "phrases", "vocabulary", "train" or "finish".</param>
/// <param name="Fraction">Completed part of the stage, 0..1.</param>
/// <param name="Message">Human-readable detail (counts, epoch, loss, speed).</param>
/// <param name="Loss">Mean negative-sampling loss since the previous report (training stage only, else 0).</param>
/// <param name="UnitsPerSecond">Corpus units processed per second (training stage only, else 0).</param>
public sealed record EmbeddingTrainingProgress(string Stage, double Fraction, string Message, double Loss = 0, double UnitsPerSecond = 0);
