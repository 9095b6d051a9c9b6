using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Failures of the dev half of tests/eval/answers-unseen-20.jsonl (issue #11 round 23): a body named by a lead-in
/// ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:") answers "bộ nào" for the item under it, and is cited first; a
/// venue table whose wards hold several venues each is read row by row, so "ở đâu" is answered by the ward's own row.
/// </summary>
public sealed class LeadInAgencyAndVenueRowTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public LeadInAgencyAndVenueRowTests()
    {
        File.WriteAllText(_files.File("nq-381-nq-cp-khac-phuc-hau-qua-mua-lu.txt"), Resolution);
        File.WriteAllText(_files.File("qd-472-qd-ubnd-dia-diem-hoi-cho.txt"), Venues);
        // content/ beside them, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void An_item_naming_no_body_is_quoted_after_the_lead_in_that_names_it()
    {
        var result = _knowledge.Ask("Bộ nào chỉ đạo Bảo hiểm xã hội Việt Nam chi trả gộp lương hưu cho người dân vùng lũ?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Bộ Lao động - Thương binh và Xã hội chỉ đạo Bảo hiểm xã hội Việt Nam", result.Answer);
        Assert.EndsWith("/II.4", result.Citations[0].ClauseId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_is_quoted_far_enough_to_hold_the_list_it_states_after_its_lead()
    {
        var result = _knowledge.Ask("Những tỉnh nào thuộc phạm vi hỗ trợ của Nghị quyết 381/NQ-CP?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Lạng Sơn", result.Answer);
        Assert.Contains(result.Citations, c => c.ClauseId.EndsWith("/I.2.a", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ward_with_several_venues_is_answered_by_its_own_row()
    {
        var result = _knowledge.Ask("Hội chợ ở xã Hòa Sơn thì tổ chức ở đâu?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sân vận động Đồng Tâm", result.Answer);
        Assert.DoesNotContain("Nhà văn hóa phường Quang Minh", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Resolution = """
        CHÍNH PHỦ
        Số: 381/NQ-CP
        Hà Nội, ngày 26 tháng 11 năm 2025

        NGHỊ QUYẾT
        Về các giải pháp khắc phục hậu quả mưa lũ tại khu vực miền núi phía Bắc

        CHÍNH PHỦ
        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        QUYẾT NGHỊ:
        I. MỤC TIÊU VÀ PHẠM VI
        1. Mục tiêu: Sớm ổn định đời sống Nhân dân vùng bị ảnh hưởng bởi mưa lũ.
        2. Phạm vi, đối tượng, thời gian hỗ trợ
        a) Phạm vi, đối tượng hỗ trợ: Người dân, người lao động, người yếu thế, hộ kinh doanh, hợp tác xã, doanh nghiệp tại các địa bàn thuộc khu vực miền núi phía Bắc bị ảnh hưởng bởi mưa lũ tháng 9 và tháng 10 năm 2025, bao gồm các tỉnh: Lào Cai, Tuyên Quang, Thái Nguyên, Cao Bằng và Lạng Sơn.
        b) Thời gian hỗ trợ: Từ nay đến hết ngày 31 tháng 12 năm 2025.
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Hỗ trợ lương thực: Ủy ban nhân dân các tỉnh rà soát, cứu trợ kịp thời lương thực cho các hộ thiếu đói.
        2. Hỗ trợ nhà ở: Ủy ban nhân dân các tỉnh bố trí chỗ ở tạm cho các hộ mất nhà.
        3. Khôi phục sản xuất: Bộ Nông nghiệp và Môi trường hướng dẫn khôi phục sản xuất nông nghiệp.
        4. Bảo đảm an sinh xã hội Bộ Lao động - Thương binh và Xã hội chỉ đạo Bảo hiểm xã hội Việt Nam:
        a) Thực hiện chi trả gộp 02 tháng lương hưu và trợ cấp bảo hiểm xã hội vào kỳ chi trả tháng 12 năm 2025 cho người dân vùng lũ.
        b) Tạm dừng đóng vào quỹ hưu trí và tử tuất đối với doanh nghiệp bị thiệt hại.
        III. TỔ CHỨC THỰC HIỆN
        Các bộ, ngành, địa phương tổ chức thực hiện Nghị quyết này.

        TM. CHÍNH PHỦ
        THỦ TƯỚNG
        Phạm Minh Chính
        """;

    private const string Venues = """
        ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
        Số: 472/QĐ-UBND
        Phú Thọ, ngày 28 tháng 11 năm 2025

        QUYẾT ĐỊNH
        Về việc phê duyệt danh mục địa điểm tổ chức hội chợ trên địa bàn tỉnh năm 2026

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
        Căn cứ Luật Thương mại ngày 14/6/2005;
        QUYẾT ĐỊNH:
        Điều 1. Phê duyệt danh mục địa điểm tổ chức hội chợ trên địa bàn tỉnh năm 2026 (chi tiết tại Phụ lục kèm theo).
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

        CHỦ TỊCH
        Trần Văn Nam

        PHỤ LỤC
        DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ NĂM 2026

        **STT**
        |
        **Địa điểm**
        |
        **Địa chỉ**
        |
        |
        **1**
        |
        **Phường Quang Minh**
        |
        |
        |
        -
        |
        Nhà văn hóa phường Quang Minh
        |
        Phường Quang Minh, tỉnh Phú Thọ
        |
        |
        -
        |
        Quảng trường trung tâm
        |
        Phường Quang Minh, tỉnh Phú Thọ
        |
        |
        **2**
        |
        **Xã Hòa Sơn**
        |
        |
        |
        -
        |
        Sân vận động Đồng Tâm
        |
        Thôn Đồng Tâm, xã Hòa Sơn, tỉnh Phú Thọ
        |
        |
        **3**
        |
        **Xã Tam Nông**
        |
        |
        |
        -
        |
        Khu văn hóa thể thao thôn Hưng Hóa
        |
        Thôn Hưng Hóa, xã Tam Nông, tỉnh Phú Thọ
        |
        |
        """;
}
