using PolicyKB.Cli.Reranking;

namespace PolicyKB.Tests.Rerank;

/// <summary>How train-reranker shapes its groups: cut to the search-time depth, long everyday questions counted more.</summary>
public sealed class GroupShapingTests
{
    private static RankingGroup Group(string query, string source, params float[] labels) =>
        new(new RerankJudgement(query, new HashSet<string> { "r" }, source, Validation: false),
            labels.Select((_, i) => $"c{i}").ToList(), labels, labels.Select(l => new[] { l }).ToArray());

    [Fact]
    public void A_group_is_cut_to_the_depth_and_dropped_when_its_answer_lies_below()
    {
        var groups = GroupShaping.Cut([Group("a b c", "heading", 0, 1, 0, 0), Group("d e f", "heading", 0, 0, 0, 1)], depth: 3);
        var kept = Assert.Single(groups);
        Assert.Equal([0f, 1f, 0f], kept.Labels);
        Assert.Equal(3, kept.Features.Length);
    }

    [Fact]
    public void Everyday_questions_at_least_the_median_length_are_repeated_and_nothing_else()
    {
        var shortPair = Group("ho lâu", JudgementBuilder.PairSource, 1, 0);
        var longPair = Group("con tôi ho lâu không khỏi về đêm thì phải làm sao", JudgementBuilder.PairSource, 1, 0);
        var longHeading = Group("một tiêu đề rất dài của một điều khoản trong văn bản", JudgementBuilder.HeadingSource, 1, 0);
        var weighted = GroupShaping.WeightLongPairs([shortPair, longPair, longHeading], weight: 3);
        Assert.Equal(1, weighted.Count(g => ReferenceEquals(g, shortPair)));
        Assert.Equal(3, weighted.Count(g => ReferenceEquals(g, longPair)));
        Assert.Equal(1, weighted.Count(g => ReferenceEquals(g, longHeading)));
    }
}
