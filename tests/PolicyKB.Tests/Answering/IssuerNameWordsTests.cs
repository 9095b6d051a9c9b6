using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A question naming a document by its number and issuer ("Quyết định 1234/QĐ-UBND của Chủ tịch UBND tỉnh Quảng Ngãi …")
/// has found it by those words: the clause that answers need not repeat the issuer, which heads the whole document, so
/// its words count as little as the title's do (issue #11, chat23a: an authorising article refused for not naming the
/// issuer's province and office).
/// </summary>
public sealed class IssuerNameWordsTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public IssuerNameWordsTests()
    {
        File.WriteAllText(_files.File("qd-1234-uy-quyen-so-nong-nghiep.txt"), Decision);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void The_issuers_words_need_not_recur_in_the_answering_clause()
    {
        var result = _knowledge.Ask("Quyết định 1234/QĐ-UBND của Chủ tịch UBND tỉnh Quảng Ngãi ủy quyền cho ai thực hiện nhiệm vụ quản lý chất lượng nông lâm sản và thủy sản?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Giám đốc Sở Nông nghiệp và Môi trường", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
        Số: 1234/QĐ-UBND
        Quảng Ngãi, ngày 10 tháng 10 năm 2025

        QUYẾT ĐỊNH
        Về việc ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường thực hiện một số nhiệm vụ

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
        Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của UBND tỉnh Quảng Ngãi quy định chức năng, nhiệm vụ của Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi;
        Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.

        QUYẾT ĐỊNH:

        Điều 1. Ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ quản lý chất lượng nông lâm sản như sau:
        1. Cấp, thu hồi Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.
        2. Cấp Giấy chứng nhận lưu hành tự do đối với hàng hóa xuất khẩu.

        Điều 2. Thời hạn ủy quyền từ ngày ký đến ngày 31 tháng 12 năm 2026.

        Điều 3. Giám đốc Sở Nông nghiệp và Môi trường có trách nhiệm:
        1. Chịu trách nhiệm trước pháp luật và Chủ tịch Ủy ban nhân dân tỉnh về việc thực hiện các nội dung được ủy quyền;
        2. Báo cáo kết quả thực hiện hằng năm.

        Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Tư pháp, Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này.

        CHỦ TỊCH

        Nguyễn Văn C
        """;
}
