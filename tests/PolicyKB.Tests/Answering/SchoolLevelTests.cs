using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "học phí cấp 3" asks the row of "Trung học phổ thông" (issue #11, chat16b: dev half of answers-unseen-8, a council
/// resolution's fee table): the school level as people say it is spelled as documents write it, and of table rows
/// holding the same syllables the one saying them in the question's order ranks first.
/// </summary>
public sealed class SchoolLevelTests
{
    [Theory]
    [InlineData("Học phí cấp 3 công lập bao nhiêu một tháng?", "Học phí trung học phổ thông công lập bao nhiêu một tháng?")]
    [InlineData("hoc phi cap 2 o xa bao nhieu", "hoc phi trung hoc co so o xa bao nhieu")]
    [InlineData("Giáo viên trường cấp I được phụ cấp bao nhiêu?", "Giáo viên trường tiểu học được phụ cấp bao nhiêu?")]
    public void A_colloquial_school_level_is_spelled_as_documents_write_it(string question, string spelled) =>
        Assert.Equal(spelled, SchoolLevels.Spell(question));

    [Theory]
    [InlineData("Sự cố cấp 3 thì ai chỉ huy ứng phó?")]
    [InlineData("Học phí năm học 2025 cấp 12 tháng là bao nhiêu?")]
    public void Other_levels_are_left_as_typed(string question) => Assert.Equal(question, SchoolLevels.Spell(question));

    [Fact]
    public void Word_order_prefers_the_row_saying_the_words_as_asked()
    {
        var question = SyllableKeys.Keys("học phí trung học phổ thông", false);
        var focus = question.ToHashSet(StringComparer.Ordinal);
        double Share(string row) => WordOrder.Share(question, focus, CompoundMatch.Pairs(SyllableKeys.Keys(row, false)));

        Assert.True(Share("Giáo dục phổ thông – Trung học phổ thông 130 200") > Share("Giáo dục phổ thông – Trung học cơ sở 80 120"));
    }
}
