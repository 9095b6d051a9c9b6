using PolicyKB.Search.Embeddings;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings;

/// <summary>A small model trained once on the five seed plans in content/ (single thread, so reproducible).</summary>
public sealed class SeedModelFixture
{
    public SeedModelFixture()
    {
        Documents = SeedDocuments();
        Model = new EmbeddingTrainer(SmallOptions()).Train(Documents);
    }

    /// <summary>The seed plans' text.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>The model trained on them with <see cref="SmallOptions"/>.</summary>
    public DomainEmbeddingModel Model { get; }

    /// <summary>Fast settings: 32 dimensions, 5,000 buckets, 15 epochs, one thread.</summary>
    public static EmbeddingTrainerOptions SmallOptions() => new()
    {
        Dimensions = 32,
        Buckets = 5_000,
        Epochs = 15,
        MinCount = 2,
        PhraseMinCount = 5,
        Threads = 1,
        PrincipalComponentSentences = 2_000,
    };

    /// <summary>The .md and .txt files directly in content/.</summary>
    public static IReadOnlyList<string> SeedDocuments() =>
        TrainingCorpusReader.EnumerateFiles(Directory.EnumerateFiles(SharedData.ContentDirectory))
            .Select(TrainingCorpusReader.ReadDocument)
            .ToList();
}
