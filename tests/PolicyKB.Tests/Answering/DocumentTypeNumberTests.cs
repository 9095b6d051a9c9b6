using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A question names a document by its type word and number for every type of Vietnamese official writing, not only
/// the legal ones (issue #11 round 15, dev failure U8H06 of tests/eval/answers-unseen-8.jsonl): "Công điện 317",
/// "Thông báo kết luận 88" find their document the way "Kế hoạch 36" does.
/// </summary>
public sealed class DocumentTypeNumberTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public DocumentTypeNumberTests()
    {
        File.WriteAllText(_files.File("cd-317-ttg-sat-lo-dat.txt"), Dispatch);
        File.WriteAllText(_files.File("tb-88-vpcp-ket-luan-cang-bien.txt"), Conclusion);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void The_signer_of_a_cong_dien_named_by_its_number_is_stated()
    {
        var result = _knowledge.Ask("Ai ký Công điện 317/CĐ-TTg?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Trần Văn Minh", result.Answer);
        Assert.StartsWith("cd-317-ttg-sat-lo-dat", result.Citations[0].ClauseId);
    }

    [Fact]
    public void A_cong_dien_named_by_its_bare_serial_is_found_too()
    {
        var result = _knowledge.Ask("Người ký công điện số 317 là ai?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Trần Văn Minh", result.Answer);
    }

    [Fact]
    public void A_thong_bao_ket_luan_is_read_as_the_thong_bao_it_is_filed_as()
    {
        var result = _knowledge.Ask("Ai ký Thông báo kết luận 88?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Lê Thị Hoa", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Dispatch = """
        THỦ TƯỚNG CHÍNH PHỦ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 317/CĐ-TTg
        Hà Nội, ngày 10 tháng 4 năm 2026

        CÔNG ĐIỆN
        Về việc khắc phục hậu quả sạt lở đất tại các tỉnh miền núi

        THỦ TƯỚNG CHÍNH PHỦ điện:
        - Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Xây dựng, Tài chính;
        - Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Tuyên Quang, Điện Biên.

        1. Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương di dời các hộ dân ra khỏi vùng có nguy cơ sạt lở đất.
        2. Bộ Tài chính bảo đảm kinh phí hỗ trợ khẩn cấp cho các hộ dân bị thiệt hại.
        3. Bộ Xây dựng chỉ đạo khắc phục các tuyến giao thông bị chia cắt trước ngày 30 tháng 4 năm 2026.

        Nơi nhận:
        - Như trên;
        - Văn phòng Trung ương Đảng;
        - Lưu: VT, NN.

        KT. THỦ TƯỚNG
        PHÓ THỦ TƯỚNG

        Trần Văn Minh
        """;

    private const string Conclusion = """
        VĂN PHÒNG CHÍNH PHỦ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 88/TB-VPCP
        Hà Nội, ngày 12 tháng 5 năm 2026

        THÔNG BÁO
        Kết luận của Phó Thủ tướng về phát triển hệ thống cảng biển

        1. Bộ Xây dựng hoàn thiện quy hoạch chi tiết nhóm cảng biển trong quý III năm 2026.
        2. Ủy ban nhân dân các tỉnh ven biển bố trí quỹ đất cho hạ tầng kết nối cảng.

        Nơi nhận:
        - Các Bộ: Xây dựng, Tài chính;
        - Lưu: VT, CN.

        KT. BỘ TRƯỞNG, CHỦ NHIỆM
        PHÓ CHỦ NHIỆM

        Lê Thị Hoa
        """;
}
