using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Calibrated refusal and sentence choice (issue #11 round 5, failures of tests/eval/answers-dev-5.jsonl and
/// answers-dev-6.jsonl): a question is answered only by a sentence holding an answer of the type asked about the subject
/// asked — the agency it names, the place of the document it names, a person's name for "… là ai?" — and not by a form
/// field, a footnote mark or a clause that sends the reader to another document; among the sentences that answer, the one
/// naming the measure asked ("Mức hỗ trợ") comes first.
/// </summary>
public sealed class CalibratedRefusalTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public CalibratedRefusalTests()
    {
        File.WriteAllText(_files.File("qd-77-2026-qd-ubnd-ho-tro-tien-dien.txt"), Decision);
        File.WriteAllText(_files.File("cv-912-ct-cs-thue-gtgt.txt"), Letter);
        // content/ beside them, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void An_agency_the_document_never_names_is_refused_and_one_it_names_is_answered()
    {
        var refused = _knowledge.Ask("Theo Quyết định 77/2026/QĐ-UBND, Bộ Quốc phòng có trách nhiệm gì?");
        var answered = _knowledge.Ask("Theo Quyết định 77/2026/QĐ-UBND, Sở Công Thương có trách nhiệm gì?");

        Assert.True(refused.Refused, refused.Answer);
        Assert.False(answered.Refused, answered.Answer);
        Assert.Contains("Sở Công Thương", answered.Answer);
    }

    [Fact]
    public void A_document_named_by_number_but_of_another_place_is_refused()
    {
        var result = _knowledge.Ask("Quyết định 77/2026/QĐ-UBND tỉnh Lạng Sơn hỗ trợ tiền điện bao nhiêu một tháng?");

        Assert.True(result.Refused, result.Answer);
    }

    [Fact]
    public void Who_holds_a_position_needs_a_personal_name_not_the_position_again()
    {
        var result = _knowledge.Ask("Giám đốc Sở Công Thương tỉnh Cao Bằng hiện nay là ai?");

        Assert.True(result.Refused, result.Answer);
    }

    [Fact]
    public void The_sentence_naming_the_measure_asked_answers_before_another_number_of_the_subject()
    {
        var result = _knowledge.Ask("Hộ nghèo ở xã vùng cao được hỗ trợ tiền điện bao nhiêu một tháng theo Quyết định 77/2026/QĐ-UBND?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("150.000", result.Answer);
    }

    [Fact]
    public void A_bound_asked_one_way_is_found_when_the_text_states_it_the_other_way()
    {
        var result = _knowledge.Ask("Theo Quyết định 77/2026/QĐ-UBND, hộ nghèo được hỗ trợ tiền điện tối đa mấy tháng một năm?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("10 tháng", result.Answer);
    }

    [Fact]
    public void An_item_takes_the_value_its_lead_in_states_and_the_lead_in_is_quoted_before_it()
    {
        var result = _knowledge.Ask("Hộ nghèo có người khuyết tật nặng được hỗ trợ thêm bao nhiêu phần trăm theo Quyết định 77/2026/QĐ-UBND?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("20%", result.Answer);
        Assert.Contains(result.Citations, c => c.ClauseId.EndsWith("/D4.1.a", StringComparison.Ordinal));
    }

    [Fact]
    public void A_form_field_or_a_footnote_mark_is_no_quantity()
    {
        var result = _knowledge.Ask("Theo Quyết định 77/2026/QĐ-UBND, hộ kinh doanh cá thể được hỗ trợ tiền điện bao nhiêu?");

        Assert.True(result.Refused, result.Answer);
    }

    [Fact]
    public void A_clause_that_sends_the_reader_to_an_unstored_decree_does_not_answer_for_it()
    {
        var result = _knowledge.Ask("Nghị định 58/2024/NĐ-CP quy định tiêu chí hộ nghèo thế nào?");

        Assert.True(result.Refused, result.Answer);
    }

    [Fact]
    public void An_official_letter_named_by_number_is_the_document_asked()
    {
        var result = _knowledge.Ask("Ai ký Công văn 912/CT-CS?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Trần Văn Minh", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN
        TỈNH CAO BẰNG
        Số: 77/2026/QĐ-UBND
        Cao Bằng, ngày 10 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Quy định mức hỗ trợ tiền điện sinh hoạt

        ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
        QUYẾT ĐỊNH:
        Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
        1. Quyết định này quy định mức hỗ trợ tiền điện sinh hoạt cho hộ nghèo sống tại các xã vùng cao trên địa bàn tỉnh.
        2. Hộ nghèo được xác định theo tiêu chí quy định tại Nghị định số 58/2024/NĐ-CP của Chính phủ.
        Điều 2. Mức hỗ trợ và thời gian hỗ trợ
        1. Mức hỗ trợ: 150.000 đồng/hộ/tháng.
        2. Thời gian hỗ trợ không quá 10 tháng/năm; hồ sơ được lập theo từng quý, có thể gộp 02 quý hoặc 03 quý.
        Điều 3. Tổ chức thực hiện
        1. Sở Công Thương có trách nhiệm hướng dẫn các xã lập danh sách hộ nghèo được hỗ trợ và tổng hợp kết quả thực hiện.
        2. Ủy ban nhân dân các xã niêm yết công khai danh sách hộ được hỗ trợ tại trụ sở trong 05 ngày làm việc.
        Điều 4. Mức hỗ trợ thêm
        1. Mức hỗ trợ thêm 20% được áp dụng đối với các trường hợp sau:
        a) Hộ nghèo có người khuyết tật nặng;
        b) Hộ nghèo có người cao tuổi sống một mình.
        Điều 5. Hiệu lực thi hành
        Quyết định này có hiệu lực từ ngày 20 tháng 3 năm 2026.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Hoàng Văn Thạch

        Mẫu số 01
        ĐỀ NGHỊ HỖ TRỢ TIỀN ĐIỆN
        Tên hộ kinh doanh cá thể1: ............................................................
        Số tiền điện được hỗ trợ bằng chữ: ..............................................................
        1 Hộ kinh doanh cá thể ghi theo giấy chứng nhận đăng ký.
        """;

    private const string Letter = """
        BỘ TÀI CHÍNH
        CỤC THUẾ
        Số: 912/CT-CS
        V/v Chính sách thuế GTGT
        Hà Nội, ngày 02 tháng 12 năm 2025

        Kính gửi: Thuế tỉnh Cao Bằng.

        Cục Thuế nhận được công văn số 311/CBA-QLDN ngày 05/11/2025 của Thuế tỉnh Cao Bằng về chính sách thuế giá trị gia tăng. Về vấn đề này, Cục Thuế có ý kiến như sau:
        Thuế giá trị gia tăng đầu vào của hàng hóa, dịch vụ sử dụng cho sản xuất, kinh doanh hàng hóa, dịch vụ chịu thuế được khấu trừ toàn bộ.
        Cục Thuế có ý kiến để Thuế tỉnh Cao Bằng biết./.

        KT. CỤC TRƯỞNG
        PHÓ CỤC TRƯỞNG
        Trần Văn Minh
        """;
}
