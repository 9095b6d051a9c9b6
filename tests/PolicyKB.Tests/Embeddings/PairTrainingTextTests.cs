using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Tests.Embeddings;

/// <summary>How pairs and thesaurus groups become training text.</summary>
public sealed class PairTrainingTextTests
{
    [Fact]
    public void The_bridge_puts_a_passage_word_within_two_words_of_every_query_word()
    {
        var bridge = PairTrainingText.Bridge(["nhà", "nhiều", "muỗi", "quá", "sợ"], ["sốt xuất huyết", "phòng"]);
        Assert.Equal("sốt xuất huyết nhà nhiều phòng muỗi quá sốt xuất huyết sợ", bridge);
    }

    [Fact]
    public void A_passage_longer_than_the_query_is_woven_in_completely()
    {
        Assert.Equal("a x b c d", PairTrainingText.Bridge(["x"], ["a", "b", "c", "d"]));
    }

    [Fact]
    public void Test_pairs_are_never_training_text_and_dev_pairs_only_when_asked()
    {
        var pairs = new[]
        {
            new QueryPair("q1", "train", PairSplit.Train) { EverydayWords = ["q1"], FormalWords = ["train"] },
            new QueryPair("q2", "dev", PairSplit.Dev) { EverydayWords = ["q2"], FormalWords = ["dev"] },
            new QueryPair("q3", "test", PairSplit.Test) { EverydayWords = ["q3"], FormalWords = ["test"] },
        };
        Assert.Equal(["q1\n\ntrain\n\ntrain q1\n"], PairTrainingText.FromPairs(pairs, includeDev: false));
        Assert.Equal(2, PairTrainingText.FromPairs(pairs, includeDev: true).Count());
        Assert.DoesNotContain(PairTrainingText.FromPairs(pairs, includeDev: true), d => d.Contains("test"));
    }

    [Fact]
    public void Punctuation_does_not_enter_the_bridge()
    {
        var pair = new QueryPair("x", "y", PairSplit.Train) { EverydayWords = ["bác sĩ", "ơi", "?", "con", "sốt"], FormalWords = ["trẻ sốt", "?"] };
        Assert.EndsWith("\n\ntrẻ sốt bác sĩ ơi trẻ sốt con sốt\n", PairTrainingText.FromPairs([pair], includeDev: false).Single());
    }

    [Fact]
    public void Thesaurus_groups_become_sentences_of_neighbouring_expressions_and_comments_are_skipped()
    {
        var documents = PairTrainingText.FromThesaurus(["# comment", "", "người già\tngười cao tuổi\tcụ già", "một mình"]).ToList();
        Assert.Equal(["người già người cao tuổi\n\nngười cao tuổi cụ già\n\ncụ già người già\n\n"], documents);
    }
}
