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

    [Theory]
    [InlineData("b) Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành pháp luật về tài nguyên nước.")]
    [InlineData("Thanh tra tỉnh chủ trì kiểm tra việc thực hiện.")]
    [InlineData("Thanh tra Chính phủ hướng dẫn nghiệp vụ.")]
    public void An_inspectorate_named_by_its_level_answers_a_which_agency_question(string sentence) =>
        Assert.True(TypedSpans.Holds(AnswerType.Agency, sentence));

    [Fact]
    public void Inspecting_as_an_activity_names_no_agency() =>
        Assert.False(TypedSpans.Holds(AnswerType.Agency, "Thanh tra việc chấp hành pháp luật về tài nguyên nước theo định kỳ."));

    [Fact]
    public void A_fraction_written_like_a_day_answers_no_which_day_question()
    {
        Assert.False(TypedSpans.HoldsDateAsked("Ngày bầu cử là ngày nào?", "Trường hợp phục vụ bầu cử dưới 15 ngày, chi bồi dưỡng bằng 1/2 mức chi quy định."));
        Assert.True(TypedSpans.HoldsDateAsked("Ngày bầu cử là ngày nào?", "Cuộc bầu cử được tổ chức vào Chủ nhật 15/3/2026."));
        Assert.True(TypedSpans.HoldsDateAsked("Báo cáo gửi ngày nào?", "Báo cáo gửi trước 15/12 hằng năm."));
    }

    [Fact]
    public void A_year_named_beside_another_answers_a_which_year_question()
    {
        Assert.True(TypedSpans.HoldsDateAsked("Phí tính theo doanh thu của năm nào?",
            "Hằng năm, doanh nghiệp nộp phí theo quy mô doanh thu dịch vụ của năm trước liền kề theo mức thu sau."));
        Assert.False(TypedSpans.HoldsDateAsked("Phí tính theo doanh thu của năm nào?", "Doanh nghiệp nộp phí theo quy mô doanh thu dịch vụ."));
    }
}
