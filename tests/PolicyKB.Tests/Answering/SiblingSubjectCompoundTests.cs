using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A sibling of the subject asked is found after a compound that opens with a function word, when the quote writes the
/// compound as one (issue #11 session 28, tuning question U9L13): "Lãi suất cho vay giải quyết việc làm" is not answered
/// by the rate "cho vay hộ nghèo", though "cho" alone is a function word.
/// </summary>
public sealed class SiblingSubjectCompoundTests
{
    private const string Rates = "1. Lãi suất cho vay hộ nghèo, cho vay học sinh, sinh viên điều chỉnh giảm từ 6,6%/năm xuống 6,24%/năm.";

    private static readonly IReadOnlySet<string> Quote = SiblingSubject.Pairs([SyllableKeys.Keys(Rates)]);

    private static readonly IReadOnlySet<string> Document = SiblingSubject.Pairs([SyllableKeys.Keys(Rates),
        SyllableKeys.Keys("2. Lãi suất cho vay thực hiện cấp nước sạch và vệ sinh môi trường nông thôn điều chỉnh giảm từ 9,0%/năm xuống 8,4%/năm.")]);

    [Fact]
    public void A_qualifier_after_a_compound_opening_with_a_function_word_is_read() =>
        Assert.Equal("giải quyết", SiblingSubject.Foreign("Lãi suất cho vay giải quyết việc làm sau khi giảm là bao nhiêu?", Quote, Document, folded: false));

    [Theory]
    [InlineData("Lãi suất cho vay hộ nghèo sau khi giảm là bao nhiêu?")]
    [InlineData("Lãi suất cho vay nước sạch sau khi giảm là bao nhiêu?")]
    public void A_qualifier_the_quote_or_the_document_writes_passes(string question) =>
        Assert.Null(SiblingSubject.Foreign(question, Quote, Document, folded: false));
}
