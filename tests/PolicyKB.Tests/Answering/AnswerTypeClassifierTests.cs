using PolicyKB.Answering.Questions;

namespace PolicyKB.Tests.Answering;

/// <summary>What a question asks for, read from its question words, with or without diacritics.</summary>
public sealed class AnswerTypeClassifierTests
{
    [Theory]
    [InlineData("Mức chuẩn trợ giúp xã hội là bao nhiêu?", AnswerType.Number)]
    [InlineData("Nghị quyết được thông qua tại phiên họp thứ mấy?", AnswerType.Number)]
    [InlineData("Thông tư có hiệu lực từ ngày nào?", AnswerType.Date)]
    [InlineData("Phải hoàn thành chậm nhất khi nào?", AnswerType.Date)]
    [InlineData("Cơ quan nào chủ trì tập huấn?", AnswerType.Agency)]
    [InlineData("Kết quả báo cáo về đâu?", AnswerType.Agency)]
    [InlineData("Ai là người đứng đầu Chi cục?", AnswerType.Person)]
    [InlineData("Thông tư này thay thế thông tư nào?", AnswerType.DocumentReference)]
    [InlineData("Chi cục có những phòng chuyên môn nào?", AnswerType.List)]
    [InlineData("Chi cục có tư cách pháp nhân không?", AnswerType.YesNo)]
    [InlineData("thong tu co hieu luc tu ngay nao", AnswerType.Date)]
    [InlineData("Thông tư 40/2026 miễn những khoản phí, lệ phí nào?", AnswerType.List)]
    [InlineData("Nhà máy nước sạch phải hoàn thành trước ngày nào?", AnswerType.Date)]
    [InlineData("Quyết định về máy móc chuyên dùng hết hiệu lực từ ngày nào?", AnswerType.Date)]
    [InlineData("nha may xu ly rac phai van hanh nam nao", AnswerType.Date)]
    [InlineData("Cơ quan nào quyết định mua sắm máy móc, thiết bị?", AnswerType.Agency)]
    [InlineData("Tỉnh có mấy nhà máy điện?", AnswerType.Number)]
    [InlineData("tinh co may nha may dien", AnswerType.Number)]
    [InlineData("Mức chi này chi cho những việc gì?", AnswerType.List)]
    [InlineData("ban tin chuyen de tap trung vao nhung nhom noi dung gi", AnswerType.List)]
    public void A_question_is_classified_by_what_it_asks_for(string question, AnswerType expected) =>
        Assert.Equal(expected, AnswerTypeClassifier.Classify(question));
}
