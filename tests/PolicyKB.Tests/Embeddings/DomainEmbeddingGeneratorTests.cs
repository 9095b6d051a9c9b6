using Microsoft.Extensions.AI;
using PolicyKB.Search.Embeddings;

namespace PolicyKB.Tests.Embeddings;

/// <summary>The Microsoft.Extensions.AI face of the model.</summary>
public sealed class DomainEmbeddingGeneratorTests(SeedModelFixture seed) : IClassFixture<SeedModelFixture>
{
    private readonly DomainEmbeddingGenerator _generator = new(seed.Model);

    [Fact]
    public void Metadata_names_the_provider_the_model_and_its_dimensions()
    {
        var metadata = _generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("policykb-domain", metadata.ProviderName);
        Assert.Equal(seed.Model.ModelId, metadata.DefaultModelId);
        Assert.Equal(32, metadata.DefaultModelDimensions);
        Assert.Same(seed.Model, _generator.GetService<DomainEmbeddingModel>());
        Assert.Null(_generator.GetService<EmbeddingGeneratorMetadata>("keyed"));
    }

    [Fact]
    public async Task Each_input_gets_the_model_encoding_and_the_model_id()
    {
        var inputs = new[] { "bảo hiểm y tế", "", "phòng, chống dịch bệnh" };
        var embeddings = await _generator.GenerateAsync(inputs);
        Assert.Equal(3, embeddings.Count);
        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(seed.Model.Encode(inputs[i]), embeddings[i].Vector.ToArray());
            Assert.Equal(seed.Model.ModelId, embeddings[i].ModelId);
        }
    }

    [Fact]
    public async Task Large_batches_are_encoded_in_parallel_in_input_order()
    {
        var inputs = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? $"kế hoạch số {i}" : "y tế cơ sở").ToList();
        var embeddings = await _generator.GenerateAsync(inputs);
        Assert.Equal(seed.Model.Encode(inputs[599]), embeddings[599].Vector.ToArray());
        Assert.Equal(seed.Model.Encode(inputs[10]), embeddings[10].Vector.ToArray());
    }

    [Fact]
    public async Task Another_dimension_count_is_refused() =>
        await Assert.ThrowsAsync<NotSupportedException>(() => _generator.GenerateAsync(["y tế"], new EmbeddingGenerationOptions { Dimensions = 64 }));
}
