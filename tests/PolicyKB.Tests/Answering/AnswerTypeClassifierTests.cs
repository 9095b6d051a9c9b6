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
    [InlineData("Hàng đã nhận tin dừng vẫn đưa qua thì ai phải chịu trách nhiệm?", AnswerType.Person)]
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

    /// <summary>
    /// An entry into force named as a condition ("trước khi … có hiệu lực") is not the date asked: the question asks what
    /// happens to what came before (issue #11 round 17, a transitional article refused for holding no date).
    /// </summary>
    [Theory]
    [InlineData("Dự án đã được duyệt hỗ trợ trước khi NQ 33 có hiệu lực thì làm thế nào?", AnswerType.General)]
    [InlineData("du an da duoc duyet truoc khi quyet dinh co hieu luc thi lam the nao", AnswerType.General)]
    [InlineData("Hồ sơ nộp trước ngày Thông tư có hiệu lực thi hành thì được xử lý theo quy định nào?", AnswerType.General)]
    [InlineData("Hồ sơ nộp trước khi Thông tư có hiệu lực phải hoàn thành trước ngày nào?", AnswerType.Date)]
    [InlineData("Trước ngày nào Thông tư có hiệu lực?", AnswerType.Date)]
    [InlineData("Thông tư có hiệu lực kể từ ngày nào?", AnswerType.Date)]
    public void An_entry_into_force_named_as_a_condition_is_not_the_date_asked(string question, AnswerType expected) =>
        Assert.Equal(expected, AnswerTypeClassifier.Classify(question));
}
