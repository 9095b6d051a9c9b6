using PolicyKB.Answering.Answers;
using PolicyKB.Documents;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A directive's preamble often ends by leading into its body ("…, Chính phủ yêu cầu các bộ, cơ quan, địa phương thực
/// hiện các nhiệm vụ sau:"), naming its purpose and everyone it tasks. That sentence shares the words of many questions
/// but states no task or target of its own: the body's item stating the fact is the citation (issue #11 round 20,
/// a preamble quoted instead of the body in the older tuning sets).
/// </summary>
public sealed class PreambleLeadInTests : IDisposable
{
    private const string Id = "nq-501-cp-phuc-hoi-sau-lu";
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public PreambleLeadInTests()
    {
        File.WriteAllText(_files.File(Id + ".txt"), Resolution);
        // content/ beside it, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void The_target_is_quoted_from_the_body_item_not_from_the_preamble_leading_into_it()
    {
        var result = _knowledge.Ask("Nghị quyết 501/NQ-CP phấn đấu tăng trưởng kinh tế năm 2027 bao nhiêu?");

        Assert.False(result.Refused, result.Answer);
        Assert.StartsWith(Id + "/I.", result.Citations[0].ClauseId);
    }

    [Fact]
    public void A_preamble_sentence_ending_in_a_colon_leads_into_the_body() =>
        Assert.True(PreambleLeadIn.LeadsIntoBody(Preamble, "Để phục hồi sản xuất, Chính phủ yêu cầu các bộ, cơ quan, địa phương thực hiện các nhiệm vụ sau: "));

    [Fact]
    public void A_basis_line_of_the_preamble_does_not_lead_into_the_body() =>
        Assert.False(PreambleLeadIn.LeadsIntoBody(Preamble, "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"));

    [Fact]
    public void A_body_clause_leading_into_its_items_is_not_the_preamble() =>
        Assert.False(PreambleLeadIn.LeadsIntoBody(new Clause { Id = Id + "/I.2", DocumentId = Id, Label = "2", Kind = ClauseKind.Clause },
            "2. Các bộ, cơ quan, địa phương phấn đấu tăng trưởng kinh tế năm 2027 từ 9% trở lên, cụ thể như sau:"));

    private static Clause Preamble => new() { Id = Id + "/preamble", DocumentId = Id, Label = "preamble", Kind = ClauseKind.Preamble };

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Resolution = """
        CHÍNH PHỦ
        Số: 501/NQ-CP
        Hà Nội, ngày 12 tháng 10 năm 2026

        NGHỊ QUYẾT
        Về các nhiệm vụ, giải pháp phục hồi sản xuất sau lũ lụt tại các tỉnh miền núi phía Bắc

        CHÍNH PHỦ
        *Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*
        *Căn cứ Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2026;*
        Lũ lụt tháng 9 năm 2026 gây thiệt hại lớn về người và tài sản tại các tỉnh miền núi phía Bắc.
        Để nhanh chóng phục hồi sản xuất, ổn định đời sống Nhân dân, phấn đấu tăng trưởng kinh tế cả năm 2026 đạt trên 7% và năm 2027 đạt từ 9% trở lên, Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh bị ảnh hưởng (sau đây gọi tắt là các bộ, cơ quan, địa phương) thực hiện các nhiệm vụ, giải pháp sau:
        I. NHIỆM VỤ, GIẢI PHÁP
        1. Bộ Nông nghiệp và Môi trường hướng dẫn khôi phục diện tích lúa, hoa màu bị hư hại trước ngày 30 tháng 11 năm 2026.
        2. Các bộ, cơ quan, địa phương tiếp tục ổn định kinh tế vĩ mô, kiểm soát lạm phát, phấn đấu tăng trưởng kinh tế cả năm 2026 đạt trên 7% và năm 2027 từ 9% trở lên, cụ thể như sau:
        a) Bộ Tài chính chủ trì điều hành chính sách tài khóa chặt chẽ, hiệu quả.
        b) Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ linh hoạt.
        3. Bộ Tài chính bố trí kinh phí hỗ trợ các tỉnh khôi phục hạ tầng giao thông.

        TM. CHÍNH PHỦ
        THỦ TƯỚNG
        Nguyễn Văn An
        """;
}
