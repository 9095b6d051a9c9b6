using Microsoft.Extensions.AI;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over a <see cref="DomainEmbeddingModel"/>: offline,
/// deterministic, no network. Each embedding records the model id (file name + content hash) so stored vectors can
/// be matched to the model that made them and recomputed when it changes.
/// </summary>
public sealed class DomainEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The provider name reported in <see cref="EmbeddingGeneratorMetadata"/>.</summary>
    public const string ProviderName = "policykb-domain";

    // Below this many inputs a parallel loop costs more than it saves.
    private const int ParallelThreshold = 256;

    private readonly DomainEmbeddingModel _model;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <summary>Wraps <paramref name="model"/>.</summary>
    public DomainEmbeddingGenerator(DomainEmbeddingModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, defaultModelId: model.ModelId, defaultModelDimensions: model.Dimensions);
    }

    /// <summary>Loads the model file at <paramref name="path"/> and wraps it.</summary>
    public static DomainEmbeddingGenerator Load(string path) => new(DomainEmbeddingModel.Load(path));

    /// <summary>The wrapped model.</summary>
    public DomainEmbeddingModel Model => _model;

    /// <summary>Metadata: provider "policykb-domain", model id, dimensions.</summary>
    public EmbeddingGeneratorMetadata Metadata => _metadata;

    /// <summary>
    /// Encodes every value (synchronously; large batches on all cores); values marked as queries
    /// (<see cref="Providers.EmbeddingInputType.ForQuery"/>) with <see cref="DomainEmbeddingModel.EncodeQuery"/>. A requested
    /// <see cref="EmbeddingGenerationOptions.Dimensions"/> other than the model's is refused, since truncating SIF
    /// vectors would silently change their meaning.
    /// </summary>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is { } dims && dims != _model.Dimensions)
        {
            throw new NotSupportedException($"Model {_model.ModelId} produces {_model.Dimensions}-dimensional vectors, not {dims}.");
        }
        var inputs = values as IReadOnlyList<string> ?? values.ToList();
        var vectors = new float[inputs.Count][];
        // Queries go through the model's query map when it has one (EmbeddingInputType marks them).
        Func<string?, float[]> encode = Providers.EmbeddingInputType.IsQuery(options) ? _model.EncodeQuery : _model.Encode;
        if (inputs.Count >= ParallelThreshold)
        {
            Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => vectors[i] = encode(inputs[i]));
        }
        else
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                vectors[i] = encode(inputs[i]);
            }
        }
        var created = DateTimeOffset.UtcNow;
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        foreach (var vector in vectors) result.Add(new Embedding<float>(vector) { ModelId = _model.ModelId, CreatedAt = created });
        return Task.FromResult(result);
    }

    /// <summary>Returns the metadata, the model or this generator when asked for their type; null otherwise.</summary>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata)) return _metadata;
        if (serviceType == typeof(DomainEmbeddingModel)) return _model;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Nothing to release: the model is plain managed memory.</summary>
    public void Dispose()
    {
    }
}
