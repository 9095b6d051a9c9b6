using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A question's word written the other way in the document still counts (issue #11 round 6): the abbreviations and the
/// thesaurus of content/search are read, not a new word list.
/// </summary>
public sealed class TermEquivalentsTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    [Theory]
    [InlineData("Giáo viên trường THPT chuyên hưởng phụ cấp ưu đãi mức bao nhiêu?", "Nhà giáo giảng dạy trong trường trung học phổ thông chuyên.")]
    [InlineData("giao vien truong THPT chuyen huong phu cap bao nhieu", "Nhà giáo giảng dạy trong trường trung học phổ thông chuyên.")]
    [InlineData("Trường trung học phổ thông chuyên được hưởng mức nào?", "Giáo viên trường THPT chuyên.")]
    public void An_abbreviation_is_found_written_out_and_the_other_way_round(string question, string sentence)
    {
        var analysis = QuestionAnalyzer.CreateDefault().Analyze(question, kb.Snapshot());
        var keys = SyllableKeys.Keys(sentence, analysis.Folded);

        var covered = TermEquivalents.Of(analysis).Values.SelectMany(e => e).Any(e => TermEquivalents.Contains(keys, e));

        Assert.True(covered);
    }

    [Fact]
    public void Words_the_lists_keep_apart_do_not_cover_each_other()
    {
        var analysis = QuestionAnalyzer.CreateDefault().Analyze("Bệnh viện huyện được giao bao nhiêu giường?", kb.Snapshot());
        var keys = SyllableKeys.Keys("Trạm y tế xã được giao 5 giường.", analysis.Folded);

        Assert.DoesNotContain(TermEquivalents.Of(analysis).Values.SelectMany(e => e), e => TermEquivalents.Contains(keys, e));
    }

    [Theory]
    [InlineData("Viên chức được bảo lưu mức cũ tối đa bao lâu?", AnswerType.Number)]
    [InlineData("bao luu phu cap trong bao lau", AnswerType.Number)]
    public void How_long_asks_a_number(string question, AnswerType expected)
    {
        Assert.Equal(expected, AnswerTypeClassifier.Classify(question));
        Assert.True(AnswerTypeClassifier.DurationAsked(question));
    }
}
