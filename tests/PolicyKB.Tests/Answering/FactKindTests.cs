using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Whether a sentence holds the kind of fact a question asks (issue #11, chat round 11): a date or period written at the
/// start of a list item or heading, with a capital, is still a date; a body named by a common noun as the subject of an
/// item ("Cơ quan quản lý …", "Đơn vị …") is a responsible body; a body named only in passing, or the Government every
/// decree names, is not.
/// </summary>
public sealed class FactKindTests
{
    [Theory]
    [InlineData("- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.")]
    [InlineData("Hằng tháng, Sở Nội vụ tổng hợp kết quả.")]
    [InlineData("Định kỳ sáu tháng một lần, các đơn vị gửi báo cáo.")]
    public void A_date_written_with_a_capital_answers_a_deadline_question(string sentence) =>
        Assert.True(Relevance.HoldsFact(QuestionIntent.Deadline, sentence));

    [Theory]
    [InlineData("Chi bồi dưỡng cán bộ biên tập tiểu sử 300.000 đồng/người /ngày 240.000 đồng/người/ngày")]
    [InlineData("Mức chi 50.000 đồng/người/tháng 12.000 đồng/người/ngày")]
    public void A_rate_per_day_or_month_followed_by_an_amount_is_no_date(string sentence)
    {
        Assert.False(Relevance.HoldsFact(QuestionIntent.Deadline, sentence));
        Assert.False(TypedSpans.HoldsDateAsked("Ngày bầu cử là ngày nào?", sentence));
        Assert.False(TypedSpans.HoldsDateAsked("Việc biên tập tiểu sử làm khi nào?", sentence));
    }

    [Theory]
    [InlineData("Cơ quan quản lý nhà nước về đường thủy là tổ chức thu phí.")]
    [InlineData("Đơn vị sự nghiệp công lập được giao quản lý bến xe thu tiền dịch vụ.")]
    [InlineData("Bộ Xây dựng hướng dẫn việc lập hồ sơ.")]
    public void A_body_named_as_the_subject_answers_a_who_question(string sentence) =>
        Assert.True(Relevance.HoldsFact(QuestionIntent.Responsibility, sentence));

    [Theory]
    [InlineData("Hộ kinh doanh dùng hóa đơn điện tử có kết nối dữ liệu với cơ quan thuế.")]
    [InlineData("Chính phủ ban hành Nghị quyết tạm ngưng hiệu lực của nghị định.")]
    public void A_body_named_only_in_passing_does_not_answer_a_who_question(string sentence) =>
        Assert.False(Relevance.HoldsFact(QuestionIntent.Responsibility, sentence));
}
