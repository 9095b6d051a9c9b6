using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Embeddings.Tuning;

namespace PolicyKB.Tests.Embeddings.Tuning;

/// <summary>The supervised stage: InfoNCE fine-tuning of unit vectors on query ↔ passage pairs.</summary>
public sealed class ContrastiveTunerTests(SeedModelFixture seed) : IClassFixture<SeedModelFixture>
{
    // Everyday wording ↔ the plans' own wording: distinct pairs, so each batch has real negatives.
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

    private static ContrastiveOptions Options() => new() { Epochs = 30, BatchSize = 8, LearningRate = 2, Anchor = 0.01 };

    [Fact]
    public void Tuning_widens_the_margin_between_a_querys_own_passage_and_the_other_passages()
    {
        var tuned = ContrastiveTuner.Tune(seed.Model, _pairs, Options());

        Assert.True(Margin(tuned) > Margin(seed.Model) + 0.1, $"{Margin(seed.Model):F3} → {Margin(tuned):F3}");
    }

    [Fact]
    public void Tuned_queries_rank_their_own_passage_first_among_the_pairs_passages_more_often()
    {
        var tuned = ContrastiveTuner.Tune(seed.Model, _pairs, Options());

        Assert.True(TopOne(tuned) > TopOne(seed.Model), $"{TopOne(seed.Model)} → {TopOne(tuned)} of {_pairs.Length}");
        Assert.True(TopOne(tuned) >= _pairs.Length - 1);
    }

    [Fact]
    public void The_same_pairs_and_options_give_the_same_model()
    {
        var first = ContrastiveTuner.Tune(seed.Model, _pairs, Options());
        var second = ContrastiveTuner.Tune(seed.Model, _pairs, Options());

        Assert.Equal(first.ModelId, second.ModelId);
        Assert.NotEqual(seed.Model.ModelId, first.ModelId);
    }

    [Fact]
    public void Units_outside_every_pair_keep_their_vectors_and_the_model_is_left_unchanged()
    {
        var idBefore = seed.Model.ModelId;
        var tuned = ContrastiveTuner.Tune(seed.Model, _pairs, Options());

        var untouched = seed.Model.Vocabulary.First(u => !_pairs.Any(p => p.Query.Contains(u) || p.Passage.Contains(u)) && u.Any(char.IsLetter));
        var before = seed.Model.TermVector(untouched);
        var after = tuned.TermVector(untouched);
        for (var k = 0; k < before.Length; k++) Assert.Equal(before[k], after[k], 3);
        Assert.Equal(idBefore, seed.Model.ModelId);
    }

    [Fact]
    public void Fewer_than_two_usable_pairs_leave_the_model_as_it_is()
    {
        var tuned = ContrastiveTuner.Tune(seed.Model, [new("người già", "", "test"), new("", "", "test")], Options());

        Assert.Same(seed.Model, tuned);
    }

    private static float Cosine(DomainEmbeddingModel model, string a, string b) => DomainEmbeddingModel.Cosine(model.Encode(a), model.Encode(b));

    // Mean over queries of cos(own passage) − mean cos(other passages).
    private static double Margin(DomainEmbeddingModel model) =>
        _pairs.Average(p => Cosine(model, p.Query, p.Passage) - _pairs.Where(q => q != p).Average(q => Cosine(model, p.Query, q.Passage)));

    private static int TopOne(DomainEmbeddingModel model) =>
        _pairs.Count(p => _pairs.MaxBy(q => Cosine(model, p.Query, q.Passage)) == p);
}
