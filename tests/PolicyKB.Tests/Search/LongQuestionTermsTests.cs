using PolicyKB.Search.Keyword;

namespace PolicyKB.Tests.Search;

/// <summary>A reader's long question keeps the words it ends on, where it usually asks.</summary>
public sealed class LongQuestionTermsTests
{
    [Fact]
    public void A_question_of_a_hundred_words_keeps_its_last_words()
    {
        var story = string.Join(' ', Enumerable.Repeat("chào bác sĩ con tôi năm nay lên năm tuổi", 11));
        var terms = QueryTermsParser.Parse(story + " bị sốt xuất huyết có nguy hiểm không");
        Assert.Equal(["sốt", "xuất", "huyết", "có", "nguy", "hiểm", "không"], terms.Words.TakeLast(7));
    }

    [Fact]
    public void Words_beyond_the_limit_are_still_ignored()
    {
        var terms = QueryTermsParser.Parse(string.Join(' ', Enumerable.Range(0, QueryTerms.MaxWords + 50).Select(i => "từ" + i)));
        Assert.Equal(QueryTerms.MaxWords, terms.Words.Count);
        Assert.Equal("từ0", terms.Words[0]);
    }
}
