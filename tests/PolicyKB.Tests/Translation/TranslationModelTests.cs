using PolicyKB.Search.Translation;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Translation;

/// <summary>The everyday ↔ formal translation model: its words, how EM learns it, how a query is translated, the table file.</summary>
public sealed class TranslationModelTests
{
    // A tiny corpus keeps every word below any boilerplate share, so only probability prunes here.
    private static readonly TranslationPruning _keepAll = new(MinProbability: 0.05, MaxTargets: 8, MinSourcePairs: 2, MaxTargetShare: 1.0);

    [Fact]
    public void Words_are_folded_syllable_pairs_that_never_span_punctuation_or_a_number()
    {
        Assert.Equal(["muc thu", "thu hoc", "hoc phi", "nam hoc"], TranslationUnits.Of("Mức thu học phí, năm học 2025"));
        Assert.Equal("hoc_phi", TranslationUnits.Term("hoc phi"));
        Assert.Empty(TranslationUnits.Of("phí"));
    }

    [Fact]
    public void An_everyday_word_that_pairs_keep_saying_in_formal_words_is_learnt_as_their_translation()
    {
        var trainer = new TranslationTrainer();
        // "người già" in the everyday question, "người cao tuổi" in the formal one, in different surroundings.
        trainer.Add("người già khám bệnh", "người cao tuổi khám bệnh");
        trainer.Add("người già đi xe buýt", "người cao tuổi đi xe buýt");
        trainer.Add("trợ cấp cho người già", "trợ cấp cho người cao tuổi");
        trainer.Add("khám bệnh ở trạm y tế", "khám bệnh tại trạm y tế");

        var table = trainer.Train(iterations: 10, _keepAll);

        var row = table.Row("nguoi gia");
        Assert.NotEmpty(row);
        Assert.Equal("cao tuoi", row[0].Word);
        // The word itself is never listed as its own translation: the query already holds it.
        Assert.DoesNotContain(row, r => r.Word == "nguoi gia");
    }

    [Fact]
    public void A_query_is_translated_into_the_formal_words_it_does_not_already_hold_best_first()
    {
        var table = new TranslationTable(new Dictionary<string, IReadOnlyList<(string, double)>>
        {
            ["nguoi gia"] = [("cao tuoi", 0.6), ("nguoi cao", 0.3), ("kham benh", 0.1)],
            ["kham benh"] = [("chua benh", 0.4)],
        });

        var translation = table.Expand("người già khám bệnh", max: 3);

        // p(f | q) is averaged over the query's words (3 here: "nguoi gia", "gia kham", "kham benh").
        Assert.Equal(["cao tuoi", "chua benh", "nguoi cao"], translation.Select(t => t.Word));
        Assert.Equal(0.2, translation[0].Probability, 6);
        Assert.DoesNotContain(translation, t => t.Word == "kham benh");
        Assert.Empty(table.Expand("học phí", max: 3));
    }

    [Fact]
    public void A_saved_table_reads_back_the_same()
    {
        using var folder = new TempDirectory();
        var table = new TranslationTable(new Dictionary<string, IReadOnlyList<(string, double)>> { ["nguoi gia"] = [("cao tuoi", 0.6123)] });

        table.Save(folder.File("t.tsv"), ["a comment"]);
        var read = TranslationTable.Load(folder.File("t.tsv"))!;

        Assert.Equal(table.Row("nguoi gia"), read.Row("nguoi gia"));
        Assert.Null(TranslationTable.Load(folder.File("missing.tsv")));
    }

    [Fact]
    public void Syllables_that_belong_together_are_a_word_and_syllables_that_merely_meet_are_not()
    {
        var texts = Enumerable.Range(0, 5).Select(i => $"hỗ trợ học phí cho học sinh số {i}")
            .Concat(["người dân làm việc ở xã", "việc ở đâu", "nhà ở xã hội", "làm việc tại nhà", "ở đâu có việc", "chỗ ở mới", "ở lại"]);

        var words = Collocations.Of(texts, minDice: 0.5);

        Assert.Contains("ho tro", words);
        Assert.Contains("hoc phi", words);
        Assert.DoesNotContain("viec o", words);
    }
}
