using Microsoft.Extensions.AI;

namespace PolicyKB.Search;

/// <summary>An embedding generator with the identity of its model, recorded beside every vector it makes.</summary>
/// <param name="Generator">The generator.</param>
/// <param name="ModelId">Stable identity of the model (name and version or content hash).</param>
public sealed record EmbeddingProvider(IEmbeddingGenerator<string, Embedding<float>> Generator, string ModelId);
