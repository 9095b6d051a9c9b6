using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The extractive coverage floor in two steps (issue #11): the lowered floor answers reworded questions no sentence
/// covers as well as before, but a sentence that does cover the question that well keeps its precedence over a
/// better-scored one covering less.
/// </summary>
public sealed class CoverageFloorTests
{
    [Fact]
    public void A_sentence_reaching_the_preferred_floor_leaves_the_less_covering_ones_out() =>
        Assert.Equal(ExtractiveAnswerer.PreferredCoverage, ExtractiveAnswerer.FloorFor([0.59, 0.7]));

    [Fact]
    public void Without_one_the_lowered_floor_lets_a_reworded_question_be_answered() =>
        Assert.Equal(ExtractiveAnswerer.MinCoverage, ExtractiveAnswerer.FloorFor([0.59, 0.45]));
}
