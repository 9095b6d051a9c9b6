using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using PolicyKB.Search;
using PolicyKB.Search.Providers;

namespace PolicyKB.Tests.Providers;

/// <summary>The configured generator, registered with a Semantic Kernel builder and resolved from the built kernel.</summary>
public sealed class PolicyKbKernelExtensionsTests
{
    [Fact]
    public async Task The_onnx_generator_is_resolved_from_the_kernel_services()
    {
        using var folder = new TinyModelFolder();
        var kernel = Kernel.CreateBuilder()
            .AddPolicyKbEmbeddings(new EmbeddingOptions { Provider = "onnx", Onnx = folder.Options() })
            .Build();

        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var provider = kernel.GetRequiredService<EmbeddingProvider>();
        Assert.IsType<OnnxEmbeddingGenerator>(generator);
        Assert.Same(provider.Generator, generator);
        var embedding = await generator.GenerateAsync("kế hoạch");
        Assert.Equal(TinyModelFolder.Hidden, embedding.Vector.Length);
        Assert.Equal(provider.ModelId, embedding.ModelId);
        generator.Dispose();
    }

    [Fact]
    public async Task The_openai_generator_from_the_kernel_talks_to_the_configured_endpoint()
    {
        using var server = new FakeEmbeddingServer();
        var kernel = Kernel.CreateBuilder()
            .AddPolicyKbEmbeddings(new EmbeddingOptions { Provider = "openai", OpenAI = { Endpoint = server.Endpoint, Model = "bge-m3", MaxRetries = 0 } })
            .Build();

        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embeddings = await generator.GenerateAsync(["một", "hai"]);
        Assert.Equal(2, embeddings.Count);
        Assert.Equal(["một", "hai"], server.Requests.Single().Inputs);
    }

    [Fact]
    public void None_registers_nothing()
    {
        var kernel = Kernel.CreateBuilder().AddPolicyKbEmbeddings(new EmbeddingOptions { Provider = "none" }).Build();
        Assert.Null(kernel.Services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Null(kernel.Services.GetService<EmbeddingProvider>());
    }
}
