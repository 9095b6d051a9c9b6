using PolicyKB.Search.Rerank;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Rerank;

/// <summary>The rerank model file: how a tree is read, and which files are refused.</summary>
public sealed class RankingModelTests
{
    private static RankingTree Stump(int feature, float threshold, double left, double right) =>
        new() { Left = [~0], Right = [~1], Feature = [feature], Threshold = [threshold], Leaves = [left, right] };

    [Fact]
    public void A_split_sends_a_value_at_most_the_threshold_left_and_a_larger_one_right()
    {
        var tree = Stump(0, 0.5f, -1, 2);
        Assert.Equal(-1, tree.Evaluate([0.5f]));
        Assert.Equal(2, tree.Evaluate([0.51f]));
    }

    [Fact]
    public void The_score_is_the_weighted_sum_of_the_trees()
    {
        var model = new RankingModel { Features = RerankFeatures.Names, Trees = [Stump(0, 0.5f, 0, 1), new RankingTree { Weight = 0.5, Leaves = [4] }] };
        var features = new float[RerankFeatures.Count];
        features[0] = 1;
        Assert.Equal(3, model.Score(features));
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_scores()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        var model = new RankingModel { Features = RerankFeatures.Names, Trees = [Stump(3, 0.7f, -0.25, 1.5)] };
        model.Save(path);
        var loaded = RankingModel.Load(path);
        var features = new float[RerankFeatures.Count];
        features[3] = 0.9f;
        Assert.Equal(model.Score(features), loaded.Score(features));
    }

    [Fact]
    public void A_model_trained_on_other_features_is_refused_with_a_message_saying_to_retrain()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        new RankingModel { Features = ["bm25"], Trees = [Stump(0, 1, 0, 1)] }.Save(path);
        var error = Assert.Throws<InvalidDataException>(() => RankingModel.Load(path));
        Assert.Contains("policykb train-reranker", error.Message);
    }

    [Fact]
    public void A_tree_whose_branch_points_outside_it_is_refused()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        var broken = new RankingTree { Left = [1], Right = [~1], Feature = [0], Threshold = [0], Leaves = [0, 1] };
        new RankingModel { Features = RerankFeatures.Names, Trees = [broken] }.Save(path);
        Assert.Throws<InvalidDataException>(() => RankingModel.Load(path));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_in_Vietnamese()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        File.WriteAllText(path, "{ not json");
        var error = Assert.Throws<InvalidDataException>(() => RankingModel.Load(path));
        Assert.Contains("không đọc được", error.Message);
    }
}
