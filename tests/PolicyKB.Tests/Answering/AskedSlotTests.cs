using PolicyKB.Answering.Questions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A quoted sentence answers only when it fills the slot the question asks (issue #11 round 10, unanswerable questions
/// of the dev halves answered with a sentence about the right subject stating another kind of fact).
/// </summary>
public sealed class AskedSlotTests
{
    [Theory]
    [InlineData("Hà Nội hiện có bao nhiêu dân quân thường trực?", "Mức trợ cấp ngày công lao động của Dân quân là 435.000 đồng/người/ngày;")]
    [InlineData("Hộ gia đình được miễn thuế trong hạn mức bao nhiêu ha?", "Căn cứ Nghị quyết số 107/2020/QH14 về miễn thuế sử dụng đất nông nghiệp;")]
    [InlineData("Nghị quyết này có bao nhiêu điều?", "Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính phủ quy định về công bố sản phẩm.")]
    [InlineData("Mỗi xã có bao nhiêu dự án?", "Mỗi xã bố trí trung bình 64 người.")]
    public void A_count_asked_needs_a_number_counting_the_noun_asked(string question, string sentence) =>
        Assert.NotNull(AskedSlot.MissingIn(question, sentence, ""));

    [Theory]
    [InlineData("Hà Nội có bao nhiêu dân quân thường trực?", "Toàn thành phố có 1.500 dân quân thường trực.")]
    [InlineData("Phấn đấu bao nhiêu xã đạt chuẩn?", "Phấn đấu 80% số xã đạt chuẩn nông thôn mới.")]
    [InlineData("Mỗi người được hỗ trợ bao nhiêu kg gạo mỗi tháng?", "STT: b; Đơn vị tính: Kg/người/tháng; Mức trợ giúp áp dụng: 15")]
    [InlineData("Mức hỗ trợ là bao nhiêu đồng/tháng?", "Mức hỗ trợ: 500.000 đồng/người/tháng.")]
    [InlineData("Năm 2021 đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", "- Số bác sỹ/vạn dân: 11,5 người.")]
    [InlineData("Mỗi trạm y tế xã có ít nhất bao nhiêu bác sĩ?", "- Mỗi trạm y tế xã có ít nhất một bác sĩ cơ hữu.")]
    [InlineData("Thí điểm ứng dụng IoT cho quản lý nhà máy thông minh cho tối thiểu bao nhiêu dự án?", "Thí điểm ứng dụng 5G, IoT cho quản lý nhà máy thông minh tối thiểu cho 2 dự án.")]
    [InlineData("Kết luận được đưa ra sau khi xem xét Tờ trình số mấy?", "xem xét Tờ trình của Đảng uỷ Chính phủ (Tờ trình số 03-TTr/ĐU, ngày 17/10/2025)")]
    [InlineData("Trung bình mỗi xã bố trí bao nhiêu cán bộ, công chức?", "Đội ngũ cán bộ, công chức cấp xã được bố trí hợp lý (trung bình 64 người/xã).")]
    [InlineData("Bao nhiêu điểm thì xếp loại giỏi?", "Điểm từ 7 đến cận 8: đạt loại Khá; điểm từ 8 đến cận 9: đạt loại Giỏi.")]
    public void A_sentence_counting_the_noun_or_a_question_asking_no_count_passes(string question, string sentence) =>
        Assert.Null(AskedSlot.MissingIn(question, sentence, ""));

    [Theory]
    [InlineData("Tỉnh có khoảng bao nhiêu vốn dư không giải ngân được năm 2025?", "Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm 2025 (khoảng 1.500 tỷ đồng).")]
    [InlineData("Dự án được bố trí bao nhiêu kinh phí?", "Tổng kinh phí thực hiện là 25 tỷ đồng.")]
    public void An_amount_of_money_asked_by_its_noun_is_not_a_count_of_that_noun(string question, string sentence) =>
        Assert.Null(AskedSlot.MissingIn(question, sentence, ""));

    [Fact]
    public void An_amount_per_month_asked_needs_a_rate_per_month() =>
        Assert.Equal("mức tính theo tháng", AskedSlot.MissingIn("Chỉ huy trưởng được phụ cấp bao nhiêu một tháng?",
            "mức trợ cấp ngày công lao động tăng thêm bằng 50% mức trợ cấp ngày công lao động hiện hưởng.", ""));

    [Fact]
    public void A_rate_per_month_fills_an_amount_per_month() =>
        Assert.Null(AskedSlot.MissingIn("Chỉ huy trưởng được phụ cấp bao nhiêu một tháng?", "Mức phụ cấp: 3.000.000 đồng/tháng.", ""));

    [Fact]
    public void A_column_head_naming_the_period_fills_an_amount_per_that_period() =>
        Assert.Null(AskedSlot.MissingIn("Doanh nghiệp có doanh thu dưới 20 tỷ đồng nộp phí bao nhiêu một năm?", "Mức doanh thu: Dưới 20 tỷ đồng; Mức thu (năm): 50 triệu đồng", ""));

    [Theory]
    [InlineData("Sở phải gửi báo cáo trước ngày nào hằng năm?", "Tổ chức đánh giá, báo cáo Thủ tướng Chính phủ định kỳ hằng năm.")]
    [InlineData("Luật sửa đổi sẽ có hiệu lực từ ngày nào?", "Chủ động rà soát Luật An toàn thực phẩm năm 2010 để đề xuất sửa đổi.")]
    public void A_day_asked_needs_a_day(string question, string sentence) =>
        Assert.Equal("ngày hoặc thời hạn được hỏi", AskedSlot.MissingIn(question, sentence, ""));

    [Theory]
    [InlineData("Khiếu nại phải gửi chậm nhất mấy ngày sau khi công bố điểm?", "Khiếu nại phải được gửi đến giáo vụ chậm nhất 02 ngày sau khi công bố điểm.")]
    [InlineData("Kế hoạch tập trung xuất khẩu những sản phẩm chủ lực nào?", "Tập trung đẩy mạnh xuất khẩu trực tiếp các sản phẩm xoài, nhãn, cà phê.")]
    public void A_count_of_days_or_a_word_folding_like_when_asks_no_date(string question, string sentence) =>
        Assert.Null(AskedSlot.MissingIn(question, sentence, ""));

    [Theory]
    [InlineData("Hội nghị tổ chức lúc nào?")]
    [InlineData("hoi nghi to chuc luc nao?")]
    public void When_typed_with_or_without_tones_still_asks_a_date(string question) =>
        Assert.Equal("ngày hoặc thời hạn được hỏi", AskedSlot.MissingIn(question, "Tập trung đẩy mạnh xuất khẩu các sản phẩm chủ lực.", ""));

    [Fact]
    public void A_yes_no_question_about_effect_asks_no_date() =>
        Assert.Null(AskedSlot.MissingIn("Thông tư 51/2021/TT-BTC còn hiệu lực không?", "Thông tư này có hiệu lực kể từ ngày ký.", ""));

    [Fact]
    public void Who_signed_needs_a_sentence_about_signing() =>
        Assert.Equal("người ký", AskedSlot.MissingIn("Ai ký Nghị định 88/2024/NĐ-CP?", "Theo đề nghị của Giám đốc Sở Tài chính;", ""));

    [Fact]
    public void A_penalty_asked_needs_the_penalty_named_in_the_sentence_or_its_headings()
    {
        const string question = "Hộ kinh doanh không dùng hóa đơn điện tử bị phạt bao nhiêu tiền?";
        const string sentence = "Hộ kinh doanh có doanh thu năm trên 01 tỷ đồng thì phải áp dụng hóa đơn điện tử.";
        Assert.Equal("mức phạt được hỏi", AskedSlot.MissingIn(question, sentence, "Sử dụng hóa đơn điện tử"));
        Assert.Null(AskedSlot.MissingIn(question, "Mức tiền 5.000.000 đồng.", "Xử phạt hành vi không sử dụng hóa đơn điện tử"));
    }

    [Fact]
    public void One_quote_filling_the_slot_is_enough() =>
        Assert.Null(AskedSlot.Missing("Hà Nội có bao nhiêu dân quân?", ["Mức trợ cấp 435.000 đồng/người/ngày.", "Thành phố có 1.500 dân quân."], ""));
}
