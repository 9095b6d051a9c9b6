using PolicyKB.Cli.Reranking;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Rerank;

/// <summary>How train-reranker rewords generated short queries the way staff and readers say things.</summary>
public sealed class EverydayWordingTests
{
    [Fact]
    public void A_thesaurus_group_rewords_its_formal_first_expression_into_another_of_the_group()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("related.tsv"), "# nhóm\nngười cao tuổi\tngười già\tcụ già\n");
        var wording = EverydayWording.Create(folder.File("related.tsv"), []);

        Assert.Equal("chăm sóc người già tại nhà", wording.Reword("chăm sóc người cao tuổi tại nhà", 0));
        Assert.Equal("chăm sóc cụ già tại nhà", wording.Reword("chăm sóc người cao tuổi tại nhà", 1));
        Assert.Equal("mức hỗ trợ hộ nghèo", wording.Reword("mức hỗ trợ hộ nghèo", 0));
    }

    [Fact]
    public void A_formal_word_the_everyday_questions_keep_replacing_by_one_word_is_learnt_from_training_pairs_only()
    {
        var pairs = Enumerable.Range(0, 4).Select(i => Pair($"con nhỏ {i} bị sốt cao", $"trẻ em {i} sốt cao", "train")).ToList();
        // Test and dev pairs are measures: what they say must not be learnt.
        pairs.AddRange(Enumerable.Range(0, 6).Select(i => Pair($"ông nội {i} ho", $"người cao tuổi {i} ho", PairSplit.Test)));

        var wording = EverydayWording.Create("không-có-tệp.tsv", pairs);

        Assert.Equal("khám cho con nhỏ", wording.Reword("khám cho trẻ em", 0));
        Assert.Equal("khám cho người cao tuổi", wording.Reword("khám cho người cao tuổi", 0));
    }

    private static QueryPair Pair(string everyday, string formal, string split) =>
        new(everyday, formal, split) { EverydayWords = Segment(everyday), FormalWords = Segment(formal) };

    // Two-syllable words where the test needs them ("con nhỏ", "trẻ em", "người cao tuổi", "ông nội"), syllables elsewhere.
    private static string[] Segment(string text) =>
        text.Replace("trẻ em", "trẻ_em").Replace("con nhỏ", "con_nhỏ").Replace("người cao tuổi", "người_cao_tuổi").Replace("ông nội", "ông_nội")
            .Split(' ').Select(w => w.Replace('_', ' ')).ToArray();
}
