using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Facts;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A deadline asked is a date set as a limit, not any date beside the subject (issue #11, chat18b: dev failures of
/// answers-unseen-8 and -10 where a plan's narrative "Ngày 22/10/2025, tại Thông báo …" or a cited decision's date was
/// quoted for "phải xong trước ngày nào", and "Hạn để … ban hành … là khi nào?" was read as the issue date).
/// </summary>
public sealed class DeadlineSentenceTests
{
    [Theory]
    [InlineData("Cơ quan thanh tra phải ra kết luận trước ngày nào?")]
    [InlineData("Hạn để các đơn vị ban hành định mức máy móc chuyên dùng là khi nào?")]
    [InlineData("han de cac don vi nop bao cao la khi nao")]
    [InlineData("Báo cáo gửi chậm nhất khi nào?")]
    [InlineData("Thời hạn hoàn thành việc rà soát là ngày nào?")]
    public void A_time_limit_is_asked(string question) => Assert.True(DeadlineSentences.Asked(question));

    [Theory]
    [InlineData("Quyết định có hiệu lực từ ngày nào?")]
    [InlineData("Hạn chế khai thác nước dưới đất từ năm nào?")]
    [InlineData("Lễ khánh thành tổ chức ngày nào?")]
    public void Another_date_is_no_time_limit(string question) => Assert.False(DeadlineSentences.Asked(question));

    [Theory]
    [InlineData("Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra và ban hành kết luận trước ngày 26/11/2025.")]
    [InlineData("Thời hạn hoàn thành: trước ngày 30/11/2025.")]
    [InlineData("Các đơn vị gửi báo cáo về Sở Tài chính chậm nhất ngày 15 tháng 12 hằng năm.")]
    [InlineData("có trách nhiệm ban hành quyết định tiêu chuẩn, định mức máy móc thiết bị chuyên dùng trước ngày 31 tháng 12 năm 2025.")]
    public void A_sentence_setting_a_limit_states_a_deadline(string sentence) => Assert.True(DeadlineSentences.States(sentence));

    [Theory]
    [InlineData("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Phó Thủ tướng giao các bộ cập nhật dữ liệu.")]
    [InlineData("Quyết định số 10/2024/QĐ-UBND ngày 24 tháng 4 năm 2024 về việc sửa đổi phụ lục II.")]
    [InlineData("Lễ khởi công được tổ chức trước khi khai mạc Đại hội.")]
    public void A_date_of_a_past_event_states_no_deadline(string sentence) => Assert.False(DeadlineSentences.States(sentence));

    [Theory]
    [InlineData("Hạn để các đơn vị ở Phú Thọ ban hành định mức máy móc chuyên dùng là khi nào?", AnswerType.Date)]
    [InlineData("Mức phụ cấp của dân quân là?", AnswerType.Number)]
    public void A_level_named_before_la_asks_a_number_only_when_no_date_is_asked(string question, AnswerType expected) =>
        Assert.Equal(expected, AnswerTypeClassifier.Classify(question));

    [Theory]
    [InlineData("Hạn để các đơn vị ban hành định mức máy móc chuyên dùng là khi nào?")]
    [InlineData("Thời hạn ban hành quyết định giao dự toán là khi nào?")]
    public void A_limit_for_issuing_something_is_not_the_issue_date(string question) =>
        Assert.NotEqual(FactQuestionKind.IssuedOn, FactQuestions.Classify(question));

    [Fact]
    public void When_a_document_was_issued_is_still_its_issue_date() =>
        Assert.Equal(FactQuestionKind.IssuedOn, FactQuestions.Classify("Quyết định 105/2025/QĐ-UBND được ban hành ngày nào?"));
}
