using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Documents the store only cites (issue #11 round 8, failures of the dev half of tests/eval/answers-unseen-6.jsonl):
/// a question about one is refused as not stored, naming the clauses that cite it, and is never answered with the
/// citing document's own date; a law named by name only ("Luật Thư viện") is such a document too, while a plan whose
/// title names it still answers questions put in its name.
/// </summary>
public sealed class CitedOnlyDocumentTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public CitedOnlyDocumentTests()
    {
        File.WriteAllText(_files.File("qd-515-qd-bvhttdl-cong-bo-thong-tu-thu-vien.txt"), Decision);
        File.WriteAllText(_files.File("kh-61-kh-ubnd-trien-khai-luat-thu-vien.txt"), Plan);
        // content/ beside them, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void The_effective_date_of_a_cited_decree_is_refused_not_taken_from_the_citing_decision()
    {
        var result = _knowledge.Ask("Nghị định 93/2025/NĐ-CP có hiệu lực thi hành từ ngày nào?");

        Assert.True(result.Refused, result.Answer);
        Assert.Contains("93/2025/NĐ-CP", result.Answer);
        Assert.DoesNotContain("kể từ ngày ký", result.Answer);
    }

    [Fact]
    public void The_refusal_names_the_clauses_that_cite_the_document()
    {
        var result = _knowledge.Ask("Nghị định 93/2025/NĐ-CP có hiệu lực thi hành từ ngày nào?");

        Assert.Contains(result.Closest, c => c.DocumentId.StartsWith("qd-515", StringComparison.Ordinal));
    }

    [Fact]
    public void A_law_named_by_name_only_that_the_store_does_not_hold_is_refused()
    {
        var result = _knowledge.Ask("Luật Thư viện có bao nhiêu chương?");

        Assert.True(result.Refused, result.Answer);
        Assert.Contains("Luật Thư viện", result.Answer);
    }

    [Fact]
    public void A_plan_whose_title_names_the_law_answers_in_its_name()
    {
        var result = _knowledge.Ask("Cơ quan nào chủ trì tập huấn nghiệp vụ triển khai Luật Thư viện ở tỉnh Bình Định?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sở Văn hóa và Thể thao", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
        Số: 515/QĐ-BVHTTDL
        Hà Nội, ngày 12 tháng 02 năm 2026

        QUYẾT ĐỊNH
        Về việc công bố thông tư hướng dẫn Nghị định số 93/2025/NĐ-CP tiếp tục có hiệu lực thi hành

        BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
        Căn cứ Nghị định số 93/2025/NĐ-CP ngày 20 tháng 4 năm 2025 của Chính phủ quy định chi tiết về hoạt động thư viện;
        QUYẾT ĐỊNH:
        Điều 1. Thông tư số 05/2020/TT-BVHTTDL tiếp tục có hiệu lực thi hành.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Hồ An Phong
        """;

    private const string Plan = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH ĐỊNH
        Số: 61/KH-UBND
        Bình Định, ngày 03 tháng 3 năm 2026

        KẾ HOẠCH
        Triển khai thi hành Luật Thư viện trên địa bàn tỉnh Bình Định

        Thực hiện Luật Thư viện, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:
        I. NHIỆM VỤ
        1. Tập huấn nghiệp vụ
        - Cơ quan chủ trì: Sở Văn hóa và Thể thao.
        - Thời gian thực hiện: năm 2026.
        II. TỔ CHỨC THỰC HIỆN
        Các sở, ngành báo cáo kết quả thực hiện Kế hoạch này về Sở Văn hóa và Thể thao trước ngày 15 tháng 12 hằng năm.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Phạm Anh Tuấn
        """;
}
