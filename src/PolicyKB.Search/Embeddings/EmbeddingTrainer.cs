using System.Diagnostics;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Trains a <see cref="DomainEmbeddingModel"/> from raw documents: tokenise, join frequent syllable pairs into
/// words, prune rare units, learn fastText-style skip-gram vectors (own + folded-form + character n-gram rows),
/// quantise, and estimate the common sentence component for SIF. With <see cref="EmbeddingTrainerOptions.FastTextPath"/>
/// set, the vectors are learnt by the fastText executable on the same units instead of the built-in skip-gram.
/// </summary>
/// <remarks>
/// Skip-gram with subwords was chosen over PPMI + SVD because the subword rows give every unseen spelling a vector
/// (typos, missing diacritics, rare compounds) without a second model, training streams in linear time and memory,
/// and the folded-form row ties "bảo hiểm" to "bao hiem" during training rather than by a lookup afterwards.
/// </remarks>
public sealed class EmbeddingTrainer
{
    private readonly EmbeddingTrainerOptions _options;

    /// <summary>Creates a trainer; <paramref name="options"/> defaults to <see cref="EmbeddingTrainerOptions"/>'s defaults.</summary>
    public EmbeddingTrainer(EmbeddingTrainerOptions? options = null)
    {
        _options = options ?? new EmbeddingTrainerOptions();
        _options.Validate();
    }

    /// <summary>Trains on <paramref name="documents"/> (each one full document text, read once).</summary>
    /// <exception cref="InvalidOperationException">No unit occurs <see cref="EmbeddingTrainerOptions.MinCount"/> times.</exception>
    public DomainEmbeddingModel Train(IEnumerable<string> documents, IProgress<EmbeddingTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clock = Stopwatch.StartNew();
        var syllables = new TokenStream();
        var scratch = new List<EmbeddingToken>();
        var documentCount = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            syllables.AddDocument(document ?? "", scratch);
            if (++documentCount % 100 == 0) progress?.Report(new("read", 0, $"{documentCount} documents, {syllables.Count:N0} syllables"));
        }
        progress?.Report(new("read", 1, $"{documentCount} documents, {syllables.Count:N0} syllables, {syllables.Strings.Count:N0} distinct ({clock.Elapsed.TotalSeconds:F1} s)"));

        var units = PhraseMerger.Merge(syllables, _options.PhrasePasses, _options.PhraseMinCount, _options.PhraseThreshold, _options.MaxPhraseSyllables);
        progress?.Report(new("phrases", 1, $"{units.Count:N0} units after joining words ({clock.Elapsed.TotalSeconds:F1} s)"));

        var data = TrainingData.Build(units, _options.MinCount, _options.MaxVocabulary);
        if (data.Units.Length == 0) throw new InvalidOperationException($"The corpus has no unit that occurs {_options.MinCount} times: nothing to train.");
        var subwords = SubwordIndex.Build(data.Units, _options.MinN, _options.MaxN, _options.Buckets);
        progress?.Report(new("vocabulary", 1,
            $"{data.Units.Length:N0} units ({data.Units.Count(u => u.Contains(' ')):N0} multi-syllable), {subwords.FoldCount:N0} folded forms, {data.TotalCount:N0} tokens in {data.SentenceStarts.Length - 1:N0} sentences"));

        ModelParts parts;
        if (_options.FastTextPath is { } fastText)
        {
            parts = FastText.FastTextLearner.Learn(fastText, data, _options, progress, cancellationToken);
        }
        else
        {
            var trainer = new SkipGramTrainer(data, subwords, _options);
            trainer.Train(progress, cancellationToken);
            parts = Compose(data, subwords, trainer.Input);
        }
        progress?.Report(new("train", 1, $"trained in {clock.Elapsed.TotalSeconds:F1} s"));

        var model = new DomainEmbeddingModel(parts);
        var component = CommonComponent.Estimate(model, data, _options.PrincipalComponentSentences, _options.Seed);
        progress?.Report(new("finish", 1, $"done in {clock.Elapsed.TotalSeconds:F1} s"));
        return model.WithComponent(component);
    }

    private ModelParts Compose(TrainingData data, SubwordIndex subwords, float[] input)
    {
        var dims = _options.Dimensions;
        var vectors = new float[(long)data.Units.Length * dims];
        for (var u = 0; u < data.Units.Length; u++)
        {
            var target = vectors.AsSpan(u * dims, dims);
            var rows = subwords.Of(u);
            foreach (var row in rows) VectorMath.AddScaled(target, 1f, input.AsSpan(row * dims, dims));
            // Unit length: SIF weights then carry all frequency information (fastText normalises word vectors
            // before averaging them into sentence vectors for the same reason).
            VectorMath.Normalize(target);
        }
        var bucketStart = subwords.RowCount - _options.Buckets;
        var buckets = input.AsSpan(bucketStart * dims, _options.Buckets * dims);
        return new ModelParts(dims, data.Units, data.Counts,
            QuantizedVectors.Quantize(vectors, data.Units.Length, dims),
            QuantizedVectors.Quantize(buckets, _options.Buckets, dims),
            _options.MinN, _options.MaxN, (float)_options.SifA, new float[dims]);
    }
}
