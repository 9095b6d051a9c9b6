using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Checks that misread a question's or a quote's wording and refused a quote holding the answer (issue #11, failures
/// of the dev half of tests/eval/answers-unseen-22.jsonl), and the relation or reason a question asks, which a quote
/// must state.
/// </summary>
public sealed class AskedWordingTests
{
    private static readonly IReadOnlyList<string> Places = ProvinceKeys.All;

    [Fact]
    public void Hours_within_the_day_state_a_rate_per_day() =>
        Assert.Null(AskedSlot.MissingIn("Khi dự báo cấp III, lực lượng canh phòng trực mấy giờ một ngày?",
            "d) Ban chỉ huy các xã bố trí lực lượng canh phòng, trực 10/24 giờ trong ngày (từ 10 giờ 00 đến 20 giờ 00 trong ngày).", ""));

    [Fact]
    public void A_year_named_after_trong_is_a_period_not_a_rate() =>
        Assert.NotNull(AskedSlot.MissingIn("Mỗi xã được hỗ trợ bao nhiêu tiền một năm?", "Trong năm 2025 tỉnh hỗ trợ 20 xã.", ""));

    [Theory]
    [InlineData("Chi phí lãi vay không được trừ được chuyển sang kỳ sau tối đa bao nhiêu năm?", "Thời gian chuyển chi phí lãi vay tính liên tục không quá 05 năm kể từ năm tiếp sau năm phát sinh chi phí lãi vay không được trừ.")]
    [InlineData("Tổng chi phí lãi vay được trừ không vượt quá bao nhiêu?", "a) Tổng chi phí lãi vay được trừ khi xác định thu nhập chịu thuế không vượt quá 30% của tổng lợi nhuận thuần.")]
    [InlineData("Công văn trả lời công ty nào về vay tiền cổ đông?", "Thuế tỉnh thông báo đến CÔNG TY CỔ PHẦN BIA SÀI GÒN - BẾN TRE được biết và thực hiện.")]
    public void A_quote_holding_the_value_asked_in_its_own_form_passes(string question, string sentence) =>
        Assert.Null(AskedTypeEvidence.Missing(question, sentence, "", Places));

    [Fact]
    public void An_amount_asked_is_still_not_answered_by_a_share_unless_its_cap_is_asked() =>
        Assert.Equal("số tiền được hỏi", AskedTypeEvidence.Missing("Tổng chi phí lãi vay được trừ là bao nhiêu?",
            "Chi phí lãi vay chiếm 30% tổng chi phí.", "", Places));

    [Fact]
    public void A_conclusion_drawn_from_the_rules_quoted_above_is_no_basis_line() =>
        Assert.False(BasisLine.AnswersNothing("Công văn trả lời công ty nào?",
            "Căn cứ các quy định nêu trên, CÔNG TY CỔ PHẦN BIA SÀI GÒN - BẾN TRE vướng mắc về chính sách thuế khi vay tiền của cổ đông."));

    [Fact]
    public void The_article_asked_by_dieu_may_is_a_reference_not_a_count()
    {
        const string question = "Nội dung kiểm tra an toàn sử dụng điện theo điều mấy của Thông tư 02/2025/TT-BCT?";

        Assert.Equal(AnswerType.DocumentReference, AnswerTypeClassifier.Classify(question));
        Assert.True(AnswerTypeClassifier.IdentifierAsked(question));
    }

    [Fact]
    public void A_moment_set_by_an_event_answers_khi_nao_but_not_ngay_nao()
    {
        const string sentence = "b) Các thiết bị, dụng cụ điện phải được kiểm định an toàn kỹ thuật trước khi đưa vào sử dụng.";

        Assert.True(TypedSpans.HoldsDateAsked("Thiết bị điện phải kiểm định an toàn khi nào?", sentence));
        Assert.False(TypedSpans.HoldsDateAsked("Thiết bị điện phải kiểm định an toàn trước ngày nào?", sentence));
    }

    [Fact]
    public void A_time_of_day_asked_is_held_only_by_a_sentence_writing_one()
    {
        Assert.True(AskedTypeEvidence.AsksClock("Trong ngày được đốt thực bì vào giờ nào?"));
        Assert.False(AskedTypeEvidence.AsksClock("Trong ngày được đốt thực bì ở đâu?"));
        Assert.True(AskedTypeEvidence.WritesClock("Trong ngày, tiến hành đốt lúc gió nhẹ (trước 09 giờ 00 phút buổi sáng và sau 16 giờ 00 phút buổi chiều)."));
        Assert.False(AskedTypeEvidence.WritesClock("tạm dừng mọi hoạt động sử dụng lửa trong và ven rừng (đốt thực bì, thắp hương, đốt vàng mã…);"));
    }

    [Fact]
    public void The_parties_a_rule_binds_by_their_role_are_an_agency_span_the_verb_to_organise_is_not()
    {
        Assert.True(TypedSpans.Holds(AnswerType.Agency, "Tổ chức, cá nhân trả thu nhập từ đầu tư vốn có trách nhiệm khấu trừ thuế thu nhập cá nhân trước khi trả."));
        Assert.False(TypedSpans.Holds(AnswerType.Agency, "Tổ chức tuyên truyền về an toàn điện trong trường học."));
    }

    [Theory]
    [InlineData("Sau ngày 15/9/2022 Bộ ban hành thông tư nào thay thế TT 08/2022?", "i) Các Điều 7, 8, 9, 10 và 13 Thông tư số 06/2020/TT-BKHĐT ngày 18 tháng 9 năm 2020.", "văn bản thay thế được hỏi")]
    [InlineData("Vì sao Bộ phải ngưng hiệu lực Thông tư 08/2022/TT-BKHĐT?", "Thông tư Ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư.", "lý do được hỏi")]
    public void A_relation_or_reason_asked_needs_a_quote_stating_it(string question, string sentence, string missing) =>
        Assert.Equal(missing, AskedRelation.Missing(question, sentence, "Điều khoản chuyển tiếp"));

    [Theory]
    [InlineData("NĐ 25/2025/NĐ-CP thay thế những nghị định nào?", "Nghị định này thay thế Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ.")]
    [InlineData("Vì sao Cục Thuế giao Thuế Hải Phòng tự xử lý trường hợp này?", "Trường hợp của Công ty đang trong quá trình thanh tra thuế, do đó đề nghị Thuế thành phố Hải Phòng căn cứ hồ sơ để xử lý.")]
    [InlineData("Nghị định 25 quy định những gì?", "Nghị định này quy định chức năng, nhiệm vụ của Bộ Nội vụ.")]
    public void A_quote_stating_the_relation_or_reason_or_a_question_asking_none_passes(string question, string sentence) =>
        Assert.Null(AskedRelation.Missing(question, sentence, ""));
}
