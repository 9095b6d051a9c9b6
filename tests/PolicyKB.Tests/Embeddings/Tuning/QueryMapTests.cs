using Microsoft.Extensions.AI;
using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Embeddings.Tuning;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings.Tuning;

/// <summary>The query map: a linear map on query vectors only, learnt by InfoNCE and stored in model format version 2.</summary>
public sealed class QueryMapTests(SeedModelFixture seed) : IClassFixture<SeedModelFixture>
{
    private static readonly ContrastivePair[] _pairs =
    [
        new("người già", "người cao tuổi", "test"),
        new("tiêm phòng cho trẻ", "tiêm chủng mở rộng", "test"),
        new("bệnh viện tuyến dưới", "y tế cơ sở", "test"),
        new("tiền khám bệnh", "bảo hiểm y tế", "test"),
        new("dịch bệnh lây", "phòng chống dịch bệnh truyền nhiễm", "test"),
        new("nước sạch", "vệ sinh môi trường", "test"),
        new("thuốc men", "dược phẩm", "test"),
        new("bác sĩ", "nhân lực y tế", "test"),
    ];

    private static ContrastiveOptions Options() => new() { Epochs = 60, BatchSize = 8, LearningRate = 5, Anchor = 0.001 };

    [Fact]
    public void A_model_without_a_map_encodes_queries_as_passages()
    {
        Assert.False(seed.Model.HasQueryMap);
        Assert.Equal(seed.Model.Encode("chăm sóc người già"), seed.Model.EncodeQuery("chăm sóc người già"));
    }

    [Fact]
    public void The_learnt_map_raises_a_querys_cosine_with_its_own_passage_over_the_others()
    {
        var mapped = QueryMapTuner.Tune(seed.Model, _pairs, Options());

        Assert.True(mapped.HasQueryMap);
        Assert.True(Margin(mapped) > Margin(seed.Model) + 0.05, $"{Margin(seed.Model):F3} → {Margin(mapped):F3}");
    }

    [Fact]
    public void The_map_moves_queries_only_and_leaves_passages_and_unknown_text_as_they_were()
    {
        var mapped = QueryMapTuner.Tune(seed.Model, _pairs, Options());

        Assert.Equal(seed.Model.Encode("người cao tuổi"), mapped.Encode("người cao tuổi"));
        Assert.NotEqual(seed.Model.EncodeQuery("người già"), mapped.EncodeQuery("người già"));
        Assert.All(mapped.EncodeQuery("12345"), x => Assert.Equal(0f, x));
        Assert.Equal(1f, VectorMath.Norm(mapped.EncodeQuery("người già")), 4);
    }

    [Fact]
    public async Task The_generator_applies_the_map_to_values_marked_as_queries()
    {
        var mapped = QueryMapTuner.Tune(seed.Model, _pairs, Options());
        using var generator = new DomainEmbeddingGenerator(mapped);

        var query = (await generator.GenerateAsync(["người già"], EmbeddingInputType.ForQuery()))[0].Vector.ToArray();
        var passage = (await generator.GenerateAsync(["người già"], EmbeddingInputType.ForPassage()))[0].Vector.ToArray();

        Assert.Equal(mapped.EncodeQuery("người già"), query);
        Assert.Equal(mapped.Encode("người già"), passage);
    }

    [Fact]
    public void A_model_with_a_map_round_trips_through_format_version_2_and_one_without_stays_version_1()
    {
        using var dir = new TempDirectory();
        var mapped = QueryMapTuner.Tune(seed.Model, _pairs, Options());
        mapped.Save(dir.File("mapped.pkbe"));
        seed.Model.Save(dir.File("plain.pkbe"));

        var loaded = DomainEmbeddingModel.Load(dir.File("mapped.pkbe"));
        Assert.True(loaded.HasQueryMap);
        Assert.Equal(mapped.EncodeQuery("tiền khám bệnh"), loaded.EncodeQuery("tiền khám bệnh"));
        Assert.Equal(2, BitConverter.ToInt32(File.ReadAllBytes(dir.File("mapped.pkbe")), 4));
        Assert.Equal(1, BitConverter.ToInt32(File.ReadAllBytes(dir.File("plain.pkbe")), 4));
        Assert.False(DomainEmbeddingModel.Load(dir.File("plain.pkbe")).HasQueryMap);
        Assert.NotEqual(loaded.ModelId[loaded.ModelId.IndexOf('@')..], seed.Model.ModelId[seed.Model.ModelId.IndexOf('@')..]);
    }

    [Fact]
    public void A_map_learnt_together_with_the_unit_vectors_is_stored_in_the_tuned_model()
    {
        var options = new ContrastiveOptions { Epochs = 30, BatchSize = 8, LearningRate = 2, Anchor = 0.01, LearnQueryMap = true };

        var tuned = ContrastiveTuner.Tune(seed.Model, _pairs, options);
        var unitsOnly = ContrastiveTuner.Tune(seed.Model, _pairs, new ContrastiveOptions { Epochs = 30, BatchSize = 8, LearningRate = 2, Anchor = 0.01 });

        Assert.True(tuned.HasQueryMap);
        Assert.False(unitsOnly.HasQueryMap);
        Assert.NotEqual(tuned.Encode("người già"), tuned.EncodeQuery("người già"));
        Assert.True(Margin(tuned) > Margin(seed.Model) + 0.1, $"{Margin(seed.Model):F3} → {Margin(tuned):F3}");
    }

    [Fact]
    public void The_same_pairs_and_options_give_the_same_map()
    {
        Assert.Equal(QueryMapTuner.Tune(seed.Model, _pairs, Options()).ModelId, QueryMapTuner.Tune(seed.Model, _pairs, Options()).ModelId);
    }

    private static float Cosine(float[] a, float[] b) => DomainEmbeddingModel.Cosine(a, b);

    // Mean over queries of cos(own passage) − mean cos(other passages), queries encoded as queries.
    private static double Margin(DomainEmbeddingModel model) =>
        _pairs.Average(p => Cosine(model.EncodeQuery(p.Query), model.Encode(p.Passage))
            - _pairs.Where(q => q != p).Average(q => Cosine(model.EncodeQuery(p.Query), model.Encode(q.Passage))));
}
