using Microsoft.Extensions.AI;
using PolicyKB.Search.Providers.Onnx;

namespace PolicyKB.Search.Providers;

/// <summary>
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over a sentence-transformer exported to ONNX, run locally by
/// ONNX Runtime on the CPU. Inputs get the query or passage prefix (see <see cref="EmbeddingInputType"/>), are
/// tokenized, truncated to <see cref="OnnxEmbeddingOptions.MaxTokens"/>, sorted by length and run in batches of
/// <see cref="OnnxEmbeddingOptions.BatchSize"/> (less padding), then pooled and L2-normalised.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The provider name reported in <see cref="EmbeddingGeneratorMetadata"/>.</summary>
    public const string ProviderName = "policykb-onnx";

    private readonly OnnxTransformer _transformer;
    private readonly ISentenceTokenizer _tokenizer;
    private readonly OnnxEmbeddingOptions _options;
    private readonly EmbeddingGeneratorMetadata _metadata;

    private OnnxEmbeddingGenerator(OnnxTransformer transformer, ISentenceTokenizer tokenizer, OnnxEmbeddingOptions options, string modelId)
    {
        _transformer = transformer;
        _tokenizer = tokenizer;
        _options = options;
        ModelId = modelId;
        // One probe run checks the graph end to end at start-up and tells the vector size, which exports often leave symbolic.
        Dimensions = Encode([""], null)[0].Length;
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, defaultModelId: modelId, defaultModelDimensions: Dimensions);
    }

    /// <summary>Model identity: folder name, hash of model.onnx, hash of the settings that change stored vectors.</summary>
    public string ModelId { get; }

    /// <summary>Length of the vectors produced.</summary>
    public int Dimensions { get; }

    /// <summary>Tokenizer kind: wordpiece, phobert-bpe, sentencepiece-xlmr or sentencepiece.</summary>
    public string TokenizerKind => _tokenizer.Kind;

    /// <summary>Metadata: provider "policykb-onnx", model id, dimensions.</summary>
    public EmbeddingGeneratorMetadata Metadata => _metadata;

    /// <summary>
    /// Loads the model folder named by <paramref name="options"/>. Throws <see cref="InvalidOperationException"/>
    /// (Vietnamese, naming the setting) when the folder, model.onnx or the tokenizer is missing or unusable.
    /// </summary>
    public static OnnxEmbeddingGenerator Load(OnnxEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = OnnxModelFolder.Locate(options);
        var tokenizer = SentenceTokenizerLoader.Load(folder.Directory, options);
        var transformer = OnnxTransformer.Load(folder.ModelPath, options.OutputName, options.Threads);
        try
        {
            return new OnnxEmbeddingGenerator(transformer, tokenizer, options, folder.ModelId(options, transformer.OutputName));
        }
        catch (Exception e)
        {
            transformer.Dispose();
            if (e is InvalidOperationException) throw;
            throw new InvalidOperationException($"Mô hình ONNX {folder.ModelPath} không chạy được với đầu vào thử: {e.Message}", e);
        }
    }

    /// <summary>
    /// Embeds every value; <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>["input_type"] = "query"
    /// selects the query prefix, anything else the passage prefix. A requested
    /// <see cref="EmbeddingGenerationOptions.Dimensions"/> other than the model's is refused.
    /// </summary>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is { } dims && dims != Dimensions)
        {
            throw new NotSupportedException($"Model {ModelId} produces {Dimensions}-dimensional vectors, not {dims}.");
        }
        var vectors = Encode(values as IReadOnlyList<string> ?? values.ToList(), options, cancellationToken);
        var created = DateTimeOffset.UtcNow;
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        foreach (var vector in vectors) result.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = created });
        return Task.FromResult(result);
    }

    /// <summary>The token ids fed to the model for <paramref name="text"/> (prefix added, truncated).</summary>
    internal int[] Tokenize(string text, EmbeddingGenerationOptions? options)
    {
        var prefix = EmbeddingInputType.Prefix(options, _options.QueryPrefix, _options.PassagePrefix);
        return _tokenizer.Encode(prefix + text, Math.Max(2, _options.MaxTokens));
    }

    /// <summary>Returns the metadata or this generator when asked for their type; null otherwise.</summary>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata)) return _metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose() => _transformer.Dispose();

    private float[][] Encode(IReadOnlyList<string> inputs, EmbeddingGenerationOptions? options, CancellationToken cancellationToken = default)
    {
        var tokenized = new int[inputs.Count][];
        for (var i = 0; i < inputs.Count; i++) tokenized[i] = Tokenize(inputs[i] ?? "", options);
        // Sorting by length before batching keeps padding (wasted compute) small; results go back in input order.
        var order = Enumerable.Range(0, inputs.Count).OrderBy(i => tokenized[i].Length).ToArray();
        var vectors = new float[inputs.Count][];
        foreach (var batch in order.Chunk(Math.Max(1, _options.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pooled = _transformer.Run(Array.ConvertAll(batch, i => tokenized[i]), _tokenizer.PaddingId, _options.Pooling);
            for (var b = 0; b < batch.Length; b++)
            {
                if (_options.Normalize) TokenPooling.Normalize(pooled[b]);
                vectors[batch[b]] = pooled[b];
            }
        }
        return vectors;
    }
}
