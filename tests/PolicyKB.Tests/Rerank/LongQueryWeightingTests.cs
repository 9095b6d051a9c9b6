using PolicyKB.Search.Fusion;
using PolicyKB.Search.Rerank;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Rerank;

/// <summary>
/// Long queries (a reader's question told with its story) are weighed apart: the embedding list counts less in fusion
/// the longer the query, and the rerank model's order may weigh more.
/// </summary>
public sealed class LongQueryWeightingTests
{
    private const string ShortQuery = "tiêm chủng cho trẻ em";

    private static readonly string _longQuery = string.Join(' ', Enumerable.Repeat("con tôi ho lâu không khỏi", 6));

    [Fact]
    public void The_embedding_weight_holds_up_to_the_full_weight_length_and_then_shrinks_with_the_length()
    {
        Assert.Equal(0.25, LongQueryWeight.Of(0.25, 24, fullWeightWords: 24));
        Assert.Equal(0.125, LongQueryWeight.Of(0.25, 48, fullWeightWords: 24), 9);
        Assert.Equal(0.05, LongQueryWeight.Of(0.25, 120, fullWeightWords: 24), 9);
        Assert.Equal(0.25, LongQueryWeight.Of(0.25, 500, fullWeightWords: 0));
    }

    [Fact]
    public void A_long_query_is_reranked_at_the_long_query_weight_and_a_short_one_at_the_model_weight()
    {
        var stage = new RerankStage(new RankingModel(), modelWeight: 0.5, longQueryWords: 20, longQueryModelWeight: 2);
        Assert.Equal(0.5, stage.WeightFor(ShortQuery));
        Assert.Equal(2, stage.WeightFor(_longQuery));
        Assert.Equal(0.5, new RerankStage(new RankingModel(), modelWeight: 0.5, longQueryWords: 0, longQueryModelWeight: 2).WeightFor(_longQuery));
    }

    [Fact]
    public void The_long_query_settings_come_from_configuration()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "rerank.json");
        new RankingModel { Features = RerankFeatures.Names }.Save(path);
        var stage = RerankStage.Load(new RerankOptions { ModelPath = path, LongQueryWords = 30, LongQueryModelWeight = 3 }, p => p)!;
        Assert.Equal(30, stage.LongQueryWords);
        Assert.Equal(3, stage.LongQueryModelWeight);
    }
}
