using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The answer-or-refuse decision calibrated both ways (issue #11, session 15): forms of an asked value the first
/// recognisers missed (a post held by an office, a limit written "sau ngày", a rate asked beside "vay vốn", a one-word
/// qualifier before a compound) are answers; a span of time asked ("bao lâu") or a total asked ("tổng dự toán") is not
/// answered by a sentence holding none, or only a rate per person.
/// </summary>
public sealed class AnswerEvidenceCalibrationTests
{
    private static readonly IReadOnlyList<string> Places = ProvinceKeys.All;

    [Theory]
    [InlineData("Sở Tư pháp phải giải quyết hồ sơ nhận con nuôi trong bao lâu?", "b) Quyết định việc nuôi con nuôi đối với trường hợp cha dượng, mẹ kế nhận con riêng.", "khoảng thời gian được hỏi")]
    [InlineData("Tổng dự toán kinh phí bầu cử của thành phố là bao nhiêu?", "100.000 đồng/người /buổi", "tổng số tiền được hỏi")]
    [InlineData("Tổng kinh phí hỗ trợ là bao nhiêu?", "Mức hỗ trợ 500.000 đồng mỗi tháng.", "tổng số tiền được hỏi")]
    [InlineData("Ai làm Chủ tịch Hội đồng Thẩm định Nhà nước?", "Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Hội đồng Thẩm định hoàn thiện hồ sơ.", "tên người được hỏi")]
    [InlineData("Ai được bổ nhiệm làm Giám đốc Đại học Công nghiệp Hà Nội?", "Điều 6. Bộ trưởng Bộ Công Thương, Giám đốc Đại học Công nghiệp Hà Nội chịu trách nhiệm thi hành Quyết định này.", "tên người được hỏi")]
    [InlineData("Trụ sở Chi cục Kiểm lâm đặt ở địa chỉ nào?", "Chi cục có tư cách pháp nhân, có con dấu, có trụ sở, tài khoản riêng.", "địa chỉ được hỏi")]
    [InlineData("Trụ sở Chi cục Kiểm lâm đặt ở địa chỉ nào?", "Chi cục theo Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Trị.", "địa chỉ được hỏi")]
    [InlineData("Giấy chứng nhận hoàn thành bồi dưỡng có giá trị mấy năm?", "Về thể thức: Giấy chứng nhận thực hiện theo Hướng dẫn số 38-HD/BTCTW, ngày 29/9/2025.", "khoảng thời gian được hỏi")]
    public void A_quote_without_the_span_total_holder_or_address_asked_is_missing_it(string question, string sentence, string missing) =>
        Assert.Equal(missing, AskedTypeEvidence.Missing(question, sentence, "", Places));

    [Theory]
    [InlineData("Ai là Trưởng Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tỉnh?", "Kiện toàn Ban Chỉ đạo đúng thành phần, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh;")]
    [InlineData("Ai là Trưởng ban tổ chức hội thi?", "Giám đốc Sở Văn hóa làm Trưởng ban tổ chức.")]
    [InlineData("Người sử dụng đất phải nộp Giấy đề nghị chậm nhất đến ngày nào?", "Không áp dụng giảm đối với trường hợp nộp Giấy đề nghị sau ngày 31 tháng 7 năm 2025.")]
    [InlineData("Hộ mới thoát nghèo vay vốn ủy thác chịu lãi suất bao nhiêu một năm?", "Áp dụng mức lãi suất cho vay là 6,6%/năm;")]
    [InlineData("Cấp có thẩm quyền phải phê duyệt quy hoạch trong bao lâu?", "Phê duyệt trong thời hạn 30 ngày làm việc kể từ ngày nhận đủ hồ sơ.")]
    [InlineData("Chính phủ phải hoàn thành việc thực hiện nghị quyết trong bao lâu?", "Chính phủ hoàn thành việc giải quyết trong thời hạn năm năm.")]
    [InlineData("Bộ Y tế phải báo cáo tiến độ bao lâu một lần?", "Bộ Y tế báo cáo Thủ tướng hằng tuần.")]
    [InlineData("Tổng kinh phí hỗ trợ là bao nhiêu?", "Tổng kinh phí 1.500 triệu đồng, mức chi 100.000 đồng/người.")]
    [InlineData("Ai làm Chủ tịch Hội đồng thẩm định?", "Chủ tịch UBND tỉnh làm Chủ tịch Hội đồng thẩm định.")]
    [InlineData("Ai được bổ nhiệm làm Giám đốc Sở Y tế?", "Bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Y tế.")]
    [InlineData("Trụ sở Chi cục đặt ở địa chỉ nào?", "Trụ sở Chi cục đặt tại số 12 Lê Lợi, phường Đông Hà.")]
    [InlineData("Trụ sở Chi cục đặt ở địa chỉ nào?", "Trụ sở đặt tại Km 5, Quốc lộ 1A.")]
    [InlineData("Trẻ được hỗ trợ tối đa mấy tháng một năm học?", "Thời gian hỗ trợ không quá 09 tháng/năm học.")]
    [InlineData("Tỷ lệ cán bộ nữ trong diện quy hoạch phải đạt bao nhiêu năm 2025?", "Tỷ lệ cán bộ nữ trong diện quy hoạch ít nhất vào năm 2025 đạt 40%.")]
    public void A_value_of_the_asked_type_in_another_form_passes(string question, string sentence) =>
        Assert.Null(AskedTypeEvidence.Missing(question, sentence, "", Places));

    [Fact]
    public void An_office_acting_beside_the_post_asked_holds_no_post() =>
        Assert.False(OfficeHolder.Holds("Ai là Trưởng ban chỉ đạo?", "Bộ trưởng Bộ Tài chính chủ trì, Chủ tịch Ủy ban nhân dân tỉnh tham gia."));

    [Fact]
    public void A_single_word_before_a_compound_the_document_writes_qualifies_nothing()
    {
        var document = SiblingSubject.Pairs([SyllableKeys.Keys("Chi đóng hòm phiếu: 500.000 đồng/hòm phiếu. Chi phục vụ bầu cử tại các tổ bầu cử.")]);
        var quote = SiblingSubject.Pairs([SyllableKeys.Keys("500.000 đồng/hòm phiếu")]);

        Assert.Null(SiblingSubject.Foreign("Chi đóng hòm phiếu mới phục vụ bầu cử bao nhiêu tiền một hòm?", quote, document, folded: false));
        Assert.Equal("mới thay", SiblingSubject.Foreign("Chi đóng hòm phiếu mới thay thế bao nhiêu tiền một hòm?", quote, document, folded: false));
    }

    private const string Opener = "Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng đã chủ trì cuộc họp về Báo cáo đề xuất chủ trương đầu tư Chương trình.";

    [Fact]
    public void The_date_of_a_reported_meeting_dates_no_decision_it_spoke_about() =>
        Assert.True(ReportedEventDate.AnswersNothing("Quốc hội thông qua chủ trương đầu tư chương trình hợp nhất vào ngày nào?", Opener));

    [Theory]
    [InlineData("Phó Thủ tướng chủ trì cuộc họp về chủ trương đầu tư vào ngày nào?", Opener)]
    [InlineData("pho thu tuong hop ve chu truong dau tu ngay nao?", Opener)]
    [InlineData("Quốc hội thông qua chủ trương đầu tư vào ngày nào?", "Quốc hội thông qua chủ trương đầu tư ngày 18 tháng 11 năm 2025.")]
    public void A_question_about_the_meeting_or_a_sentence_dating_the_decision_passes(string question, string sentence) =>
        Assert.False(ReportedEventDate.AnswersNothing(question, sentence));
}
