using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>A question's two-syllable words are matched as words, not as loose syllables.</summary>
public sealed class CompoundMatchTests
{
    private static double Weight(string question, string text, string syllable)
    {
        var questionKeys = SyllableKeys.Keys(question);
        var compounds = new CompoundMatch(questionKeys, questionKeys.ToHashSet(StringComparer.Ordinal));
        var textKeys = SyllableKeys.Keys(text);
        return compounds.Weight(SyllableKeys.Key(syllable), textKeys.ToHashSet(StringComparer.Ordinal), CompoundMatch.Pairs(textKeys));
    }

    [Fact]
    public void A_syllable_found_beside_its_question_neighbour_counts_fully()
    {
        Assert.Equal(1, Weight("mức lương cơ sở", "điều chỉnh mức lương cơ sở từ năm 2025", "cơ"));
    }

    [Fact]
    public void Both_syllables_found_in_other_words_count_half()
    {
        // "cơ" of "cơ cấu" and "lương" of "tiền lương": the text never says "lương cơ sở".
        Assert.Equal(CompoundMatch.LooseWeight, Weight("mức lương cơ sở", "cơ cấu tổ chức và tiền lương của Sở", "cơ"));
    }

    [Fact]
    public void A_syllable_whose_neighbours_are_all_missing_counts_fully()
    {
        Assert.Equal(1, Weight("mức lương cơ sở", "cơ cấu tổ chức", "cơ"));
    }

    [Fact]
    public void A_syllable_absent_from_the_text_counts_nothing()
    {
        Assert.Equal(0, Weight("mức lương cơ sở", "tiền lương", "sở"));
    }
}
