using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace PolicyKB.Search.Providers;

/// <summary>Registers PolicyKB's configured embedding generator with a Semantic Kernel builder.</summary>
public static class PolicyKbKernelExtensions
{
    /// <summary>
    /// Creates the provider named by <paramref name="options"/> (see <see cref="EmbeddingProviderFactory"/>) and
    /// registers it: <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> of string → <see cref="Embedding{T}"/> of
    /// float, and the <see cref="EmbeddingProvider"/> (generator + model id). "none" registers nothing.
    /// </summary>
    public static IKernelBuilder AddPolicyKbEmbeddings(this IKernelBuilder builder, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPolicyKbEmbeddings(EmbeddingProviderFactory.Create(options));
    }

    /// <summary>Registers an already created provider (null: nothing), e.g. the one the knowledge base uses.</summary>
    public static IKernelBuilder AddPolicyKbEmbeddings(this IKernelBuilder builder, EmbeddingProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (provider is null) return builder;
        builder.Services.AddSingleton(provider);
        builder.Services.AddSingleton(provider.Generator);
        return builder;
    }
}
