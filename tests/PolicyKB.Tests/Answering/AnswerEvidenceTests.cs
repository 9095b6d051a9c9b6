using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The final answer-or-refuse decision (issue #11, calibrated answerability, failures of the dev half of
/// tests/eval/answers-unseen-9.jsonl): a quote answers only when it holds a value of the type asked, is more than a
/// legal-basis line, and speaks of the subject asked rather than a sibling of it.
/// </summary>
public sealed class AnswerEvidenceTests
{
    private static readonly IReadOnlyList<string> Places = ProvinceKeys.All;

    [Theory]
    [InlineData("Kinh phí tổ chức lễ khánh thành là bao nhiêu?", "Bộ Tài chính bảo đảm kinh phí tổ chức lễ khánh thành theo quy định.", "số tiền được hỏi")]
    [InlineData("Nền tảng chia sẻ dữ liệu do doanh nghiệp nào xây dựng?", "a) Tích hợp trực tiếp trên nền tảng tích hợp, chia sẻ dữ liệu nội bộ của Đảng.", "tên doanh nghiệp được hỏi")]
    [InlineData("Ai là Bí thư Tỉnh ủy dự buổi làm việc?", "Cùng dự buổi làm việc có lãnh đạo các Bộ, cơ quan và lãnh đạo Tỉnh ủy.", "tên người được hỏi")]
    [InlineData("Điểm cầu trung tâm đặt ở tỉnh nào?", "Xây dựng phương án kết nối trực tuyến đến các điểm cầu (lựa chọn điểm cầu trung tâm).", "địa danh được hỏi")]
    [InlineData("Lễ phát động tổ chức ở đâu?", "Lồng ghép tổ chức Lễ phát động với hình thức phù hợp.", "địa điểm được hỏi")]
    [InlineData("Dự án có vốn đầu tư lớn nhất là dự án nào?", "Đã có 198 dự án, công trình đăng ký với tổng vốn đầu tư 1.280.000 tỷ đồng.", "giá trị lớn nhất được hỏi")]
    [InlineData("Kế hoạch dành bao nhiêu tỷ đồng cho đào tạo vận động viên?", "Đào tạo vận động viên được ưu tiên bố trí nguồn lực.", "số tiền được hỏi")]
    [InlineData("Trung tâm làm việc mấy giờ sáng thứ bảy?", "Trung tâm tiếp nhận hồ sơ vào sáng thứ bảy hằng tuần.", "giờ được hỏi")]
    [InlineData("Hạn chót để Bộ Tài chính tổng hợp báo cáo là ngày nào?", "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP, Phó Thủ tướng giao các Bộ rà soát, cập nhật dữ liệu.", "thời hạn được hỏi")]
    [InlineData("Ai ký quyết định phê duyệt quy hoạch điện?", "Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam ký hợp đồng mua bán điện trong tháng 12.", "tên người ký được hỏi")]
    [InlineData("Tỷ lệ vốn đối ứng của phường là bao nhiêu?", "Tỷ lệ vốn đối ứng ngân sách địa phương (%)", "tỷ lệ được hỏi")]
    [InlineData("Tỷ lệ vốn đối ứng của phường là bao nhiêu?", "Trước khi sắp xếp theo mô hình chính quyền địa phương 02 cấp thì ngân sách thành phố chịu trách nhiệm đối ứng.", "tỷ lệ được hỏi")]
    [InlineData("Ai ký quyết định phê duyệt quy hoạch điện?", "Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo Chủ đầu tư ký hợp đồng chính thức.", "tên người ký được hỏi")]
    [InlineData("Ai là Bí thư Tỉnh ủy dự hội nghị?", "Hội nghị do Tỉnh ủy Hà Tĩnh tổ chức tại Hà Nội.", "tên người được hỏi")]
    [InlineData("Ai là Trưởng ban chỉ đạo?", "Bộ trưởng Bộ Tài chính chủ trì, Chủ tịch Ủy ban nhân dân tỉnh tham gia.", "tên người được hỏi")]
    [InlineData("Nhà máy dùng khí nhập từ nước nào?", "Tập đoàn Công nghiệp - Năng lượng quốc gia Việt Nam báo cáo về tiến độ của Nhà máy điện Nhơn Trạch 3.", "địa danh được hỏi")]
    public void A_quote_without_a_value_of_the_asked_type_is_missing_it(string question, string sentence, string missing) =>
        Assert.Equal(missing, AskedTypeEvidence.Missing(question, sentence, "", Places));

    [Theory]
    [InlineData("Kinh phí tổ chức lễ khánh thành là bao nhiêu?", "Kinh phí tổ chức là 1,5 tỷ đồng.")]
    [InlineData("Tổng vốn đầu tư dự án là bao nhiêu?", "Tổng vốn đầu tư: 35.000", "Đơn vị tính: triệu đồng")]
    [InlineData("Nền tảng do doanh nghiệp nào xây dựng?", "Giao Tập đoàn Công nghiệp - Viễn thông Quân đội xây dựng nền tảng.")]
    [InlineData("Ai là Bí thư Tỉnh ủy dự buổi làm việc?", "Dự buổi làm việc có đồng chí Nguyễn Doãn Anh, Bí thư Tỉnh ủy.")]
    [InlineData("Điểm cầu trung tâm đặt ở tỉnh nào?", "Điểm cầu trung tâm đặt tại tỉnh Thanh Hóa.")]
    [InlineData("Lễ phát động tổ chức ở đâu?", "Lễ phát động được tổ chức tại Nhà văn hóa Thanh niên.")]
    [InlineData("Dự án có vốn đầu tư lớn nhất là dự án nào?", "Dự án có vốn đầu tư lớn nhất là Cảng hàng không Long Thành.")]
    [InlineData("Trung tâm làm việc mấy giờ sáng thứ bảy?", "Sáng thứ bảy từ 7 giờ 30 đến 11 giờ 30.")]
    [InlineData("Cơ quan nào chủ trì bảo đảm an toàn thực phẩm?", "Sở Y tế chủ trì bảo đảm an toàn thực phẩm.")]
    [InlineData("Trẻ được hỗ trợ tối đa mấy tháng một năm học?", "Thời gian hỗ trợ không quá 9 tháng/năm học.")]
    [InlineData("Hạn chót để Bộ Tài chính tổng hợp báo cáo là ngày nào?", "Bộ Tài chính tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2025.")]
    [InlineData("Sở phải gửi báo cáo chậm nhất là ngày nào?", "Ngày 20 tháng 12 năm 2025.", "Thời hạn gửi báo cáo")]
    [InlineData("Ai ký quyết định phê duyệt quy hoạch điện?", "Quyết định do Phó Thủ tướng Bùi Thanh Sơn ký ngày 15/4/2025.")]
    [InlineData("Tỷ lệ vốn đối ứng của phường là bao nhiêu?", "Phường Thuận Hóa: tỷ lệ vốn đối ứng 30%.")]
    [InlineData("Tỷ lệ vốn đối ứng của phường là bao nhiêu?", "Phường Thuận Hóa: 30", "Tỷ lệ vốn đối ứng ngân sách địa phương (%)")]
    [InlineData("Tỷ lệ mắc sốt xuất huyết phải giảm xuống bao nhiêu?", "Giảm tỷ lệ mắc sốt xuất huyết xuống dưới 50 ca trên 100.000 dân.")]
    [InlineData("Tỷ lệ hộ nghèo giảm bao nhiêu?", "Giảm tỷ lệ hộ nghèo bình quân 1,5 phần trăm mỗi năm.")]
    [InlineData("Ai ký quyết định?", "Thủ tướng Hồ Đức Phớc ký Quyết định tại Thành phố Hồ Chí Minh.")]
    [InlineData("Mức hỗ trợ mỗi người là bao nhiêu tiền?", "Mức hỗ trợ 500.000đ/người.")]
    [InlineData("Tổng vốn đầu tư là bao nhiêu?", "Tổng vốn đầu tư khoảng 1,5 tỉ đồng.")]
    [InlineData("Mức phạt là bao nhiêu tiền?", "Phạt tiền từ năm trăm nghìn đồng đến một triệu đồng.")]
    [InlineData("Phụ cấp trách nhiệm được bao nhiêu tiền?", "Hưởng phụ cấp hệ số 0,3 so với mức lương cơ sở.")]
    [InlineData("Ai là Bí thư Tỉnh ủy dự hội nghị?", "Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy, dự và chỉ đạo hội nghị.")]
    [InlineData("Ai là Trưởng ban chỉ đạo?", "Chỉ đạo chung các hoạt động của Ban.", "1. Đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh - Trưởng ban")]
    [InlineData("Gói thầu do nhà thầu nào thi công?", "Liên danh Hòa Bình - Vinaconex thi công gói thầu.")]
    [InlineData("Doanh nghiệp nào được giao vận hành?", "Giao Cty CP Cấp nước Hà Tĩnh vận hành.")]
    [InlineData("Trụ sở đặt ở xã nào?", "Trụ sở đặt tại thị trấn Phong Điền.")]
    [InlineData("Hợp tác đào tạo với quốc gia nào?", "Tăng cường hợp tác đào tạo với Nhật Bản.")]
    [InlineData("Hội chợ ở xã Tân Yên thì tổ chức ở đâu?", "Xã Tân Yên - Sân vận động Cầu Vồng Thôn Hoàng Hoa Thám, xã Tân Yên, tỉnh Bắc Ninh")]
    public void A_quote_holding_a_value_of_the_asked_type_or_a_question_asking_none_passes(string question, string sentence, string headings = "") =>
        Assert.Null(AskedTypeEvidence.Missing(question, sentence, headings, Places));

    [Fact]
    public void A_legal_basis_line_answers_nothing_but_a_question_about_the_basis()
    {
        const string basis = "Căn cứ Nghị định số 278/2025/NĐ-CP ngày 22/10/2025 của Chính phủ quy định về kết nối, chia sẻ dữ liệu bắt buộc;";
        Assert.True(BasisLine.AnswersNothing("Nghị định 278/2025/NĐ-CP quy định những dữ liệu nào phải chia sẻ bắt buộc?", basis));
        Assert.False(BasisLine.AnswersNothing("Quy định 384 được ban hành căn cứ những văn bản nào?", basis));
        Assert.False(BasisLine.AnswersNothing("Trung tâm được thành lập theo quyết định nào?", basis));
    }

    [Fact]
    public void A_rule_opening_with_can_cu_states_its_own_obligation_and_is_no_basis_line() =>
        Assert.False(BasisLine.AnswersNothing("Hạn để các đơn vị ban hành định mức máy móc chuyên dùng là khi nào?",
            "Căn cứ chức năng nhiệm vụ, tính chất công việc, trường hợp cần thiết phải ban hành tiêu chuẩn, định mức máy móc thì các "
            + "cơ quan được phân cấp tại Điều 3 có trách nhiệm ban hành quyết định tiêu chuẩn, định mức trước ngày 31 tháng 12 năm 2025."));

    [Fact]
    public void A_preamble_part_naming_the_proposer_is_more_than_a_basis_line() =>
        Assert.False(BasisLine.AnswersNothing("Quyết định do sở nào trình?",
            "Căn cứ Quyết định số 15/2025/QĐ-TTg của Thủ tướng Chính phủ; Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 368/TTr-STC;"));

    private static readonly IReadOnlySet<string> DocumentPairs = SiblingSubject.Pairs([
        SyllableKeys.Keys("1. Lãi suất cho vay hộ nghèo, cho vay học sinh, sinh viên điều chỉnh giảm từ 6,6%/năm xuống 6,24%/năm."),
        SyllableKeys.Keys("2. Lãi suất cho vay thực hiện cấp nước sạch và vệ sinh môi trường nông thôn điều chỉnh giảm xuống 8,4%/năm."),
        SyllableKeys.Keys("Mức lãi suất trên được áp dụng từ ngày 01/12/2025 đối với các khoản vay còn dư nợ; hỗ trợ mỗi tháng."),
    ]);

    private static readonly IReadOnlySet<string> QuotePairs = SiblingSubject.Pairs([
        SyllableKeys.Keys("1. Lãi suất cho vay hộ nghèo, cho vay học sinh, sinh viên điều chỉnh giảm từ 6,6%/năm xuống 6,24%/năm."),
    ]);

    [Theory]
    [InlineData("Lãi suất cho vay hộ cận nghèo sau điều chỉnh là bao nhiêu?", "cận nghèo")]
    [InlineData("Lãi suất quá hạn đối với khoản vay hộ nghèo là bao nhiêu?", "quá hạn")]
    public void A_qualifier_the_document_never_writes_beside_a_subject_the_quote_names_is_a_sibling(string question, string foreign) =>
        Assert.Equal(foreign, SiblingSubject.Foreign(question, QuotePairs, DocumentPairs, folded: false));

    [Theory]
    [InlineData("Lãi suất cho vay hộ nghèo sau điều chỉnh là bao nhiêu?")]
    [InlineData("Lãi suất cho vay học sinh tối đa là bao nhiêu?")]
    [InlineData("Giáo viên hộ nghèo được hỗ trợ mỗi tháng bao nhiêu?")]
    public void The_subject_quoted_reworded_or_qualified_by_frequency_or_bound_is_no_sibling(string question) =>
        Assert.Null(SiblingSubject.Foreign(question, QuotePairs, DocumentPairs, folded: false));

    [Fact]
    public void Words_a_comma_parts_are_two_subjects_listed_not_one_qualified() =>
        Assert.Null(SiblingSubject.Foreign("Lãi suất cho vay hộ nghèo, cận nghèo là bao nhiêu?", QuotePairs, DocumentPairs, folded: false));

    [Fact]
    public void An_acronym_the_quote_writes_out_qualifies_nothing()
    {
        var quote = SiblingSubject.Pairs([SyllableKeys.Keys("Có ít nhất 02 năm trực tiếp đảm nhiệm công việc trong các dự án, chương trình khoa học công nghệ.")]);

        Assert.Null(SiblingSubject.Foreign("Cán bộ phải có ít nhất mấy năm làm dự án KHCN cấp tỉnh?", quote, DocumentPairs, folded: false));
        Assert.Equal("cải tạo", SiblingSubject.Foreign("Cán bộ phải có ít nhất mấy năm làm dự án cải tạo cấp tỉnh?", quote, DocumentPairs, folded: false));
    }

    [Theory]
    [InlineData("KHCN", "chương trình khoa học công nghệ, đổi mới sáng tạo", true)]
    [InlineData("BHXH", "đóng bảo hiểm xã hội bắt buộc", true)]
    [InlineData("KHCN", "kế hoạch đầu tư công trung hạn", false)]
    [InlineData("Hộ", "hộ nghèo", false)]
    public void An_acronym_is_spelled_by_the_initials_of_a_run_of_words(string token, string text, bool spelled) =>
        Assert.Equal(spelled, AcronymRun.Spelled(token, SiblingSubject.Pairs([SyllableKeys.Keys(text)])));

    [Theory]
    [InlineData("Kế hoạch dành bao nhiêu tỷ đồng cho đào tạo vận động viên?", "Nhu cầu vốn đầu tư mạng lưới cơ sở thể thao dự kiến khoảng 121.732 tỷ đồng, huy động từ nhiều nguồn.", "", "đào tạo vận động viên")]
    [InlineData("Kế hoạch dành bao nhiêu tiền để sửa chữa trường học?", "Tổng kinh phí thực hiện kế hoạch là 35 tỷ đồng.", "", "sửa chữa trường học")]
    public void An_amount_for_a_purpose_the_quote_never_names_is_missing_it(string question, string sentence, string headings, string purpose) =>
        Assert.Equal(purpose, AskedPurpose.Missing(question, sentence, headings, folded: false));

    [Theory]
    [InlineData("Kế hoạch dành bao nhiêu tỷ đồng cho đào tạo vận động viên?", "Kinh phí đào tạo vận động viên khoảng 1.200 tỷ đồng.", "")]
    [InlineData("Kế hoạch dành bao nhiêu tỷ đồng cho đào tạo vận động viên?", "b) Khoảng 1.200 tỷ đồng.", "Đào tạo, huấn luyện vận động viên")]
    [InlineData("Người lao động được hỗ trợ bao nhiêu tiền cho mỗi ngày nghỉ?", "Mức hỗ trợ 200.000 đồng/người/ngày.", "")]
    [InlineData("Kinh phí hỗ trợ đào tạo là bao nhiêu?", "Tổng kinh phí thực hiện kế hoạch là 35 tỷ đồng.", "")]
    public void An_amount_for_a_purpose_named_or_reckoned_or_asked_without_one_passes(string question, string sentence, string headings) =>
        Assert.Null(AskedPurpose.Missing(question, sentence, headings, folded: false));

    [Theory]
    [InlineData("Thời điểm tính tuổi quy hoạch nhiệm kỳ 2035-2040 là tháng nào?", "Thời điểm tính tuổi quy hoạch nhiệm kỳ 2030-2035: cấp cơ sở là tháng 4/2030.", "2035-2040")]
    [InlineData("Mục tiêu giai đoạn 2031 - 2035 là gì?", "Giai đoạn 2026 – 2030 phấn đấu 100% xã đạt chuẩn.", "2031-2035")]
    public void A_quote_writing_only_other_spans_of_years_is_about_a_sibling_term(string question, string quoted, string span) =>
        Assert.Equal(span, SiblingPeriod.Missing(question, quoted));

    [Theory]
    [InlineData("Mục tiêu giai đoạn 2026-2030 là gì?", "Giai đoạn 2026 – 2030 phấn đấu 100% xã đạt chuẩn.")]
    [InlineData("Mục tiêu giai đoạn 2026-2030 là gì?", "Phấn đấu 100% xã đạt chuẩn vào năm 2030.")]
    [InlineData("Mục tiêu năm 2030 là gì?", "Giai đoạn 2026-2030 phấn đấu 100% xã đạt chuẩn.")]
    [InlineData("Quy hoạch thời kỳ 2021 - 2030 tầm nhìn 2050 được duyệt khi nào?", "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 được phê duyệt tại Quyết định số 1234/QĐ-TTg.")]
    public void A_quote_writing_the_span_asked_or_none_or_a_question_naming_none_passes(string question, string quoted) =>
        Assert.Null(SiblingPeriod.Missing(question, quoted));
}
