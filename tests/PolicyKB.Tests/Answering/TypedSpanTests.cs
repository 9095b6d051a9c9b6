using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Which sentences hold an answer of the type asked (issue #11, chat round 11): a date or period is also a week or the
/// part of a month or quarter ("tuần cuối cùng của tháng thứ 3"), or the event a measure lasts until ("cho đến khi …
/// có hiệu lực"); a sentence with no date of any kind still does not answer "khi nào".
/// </summary>
public sealed class TypedSpanTests
{
    [Theory]
    [InlineData("Báo cáo được gửi vào tuần đầu của tháng thứ hai mỗi quý.")]
    [InlineData("Số liệu được tổng hợp vào cuối quý và công bố trong tuần cuối cùng.")]
    [InlineData("Việc thu phí được tạm dừng cho đến khi văn bản thay thế có hiệu lực thi hành.")]
    [InlineData("Đoàn kiểm tra làm việc hằng tuần tại cơ sở.")]
    public void A_period_or_an_event_answers_a_when_question(string sentence)
    {
        Assert.True(TypedSpans.Holds(AnswerType.Date, sentence));
        Assert.True(TypedSpans.HoldsDateAsked("Việc này thực hiện khi nào?", sentence));
    }

    [Theory]
    [InlineData("Sở Tài chính chủ trì thẩm định dự toán kinh phí.")]
    [InlineData("Tuần tra biên giới là nhiệm vụ của Bộ đội Biên phòng.")]
    public void A_sentence_without_any_date_does_not_answer_a_when_question(string sentence) =>
        Assert.False(TypedSpans.Holds(AnswerType.Date, sentence));
}
