using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Issue #11: a list asked in everyday words ("chi cho những việc gì") is answered by a short clause whose sentences
/// enumerate the items ("…, gồm: thông báo …; vận chuyển …; theo dõi …;"): the clause is quoted whole, not only the
/// sentence that best matches the question, which names the first item at most.
/// </summary>
public sealed class ListClauseQuoteTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public ListClauseQuoteTests()
    {
        File.WriteAllText(_files.File("qd-77-2026-qd-ubnd-muc-chi-tiem-chung-luu-dong.txt"), Decision);
        // content/ beside it, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void A_list_asked_quotes_every_item_of_the_enumerating_clause()
    {
        var result = _knowledge.Ask("Mức 120 nghìn một người một buổi khi tiêm chủng lưu động ở thôn bản chi cho những việc gì?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("thông báo lịch tiêm", result.Answer);
        Assert.Contains("theo dõi phản ứng sau tiêm", result.Answer);
    }

    [Fact]
    public void A_single_fact_asked_still_quotes_one_sentence()
    {
        var result = _knowledge.Ask("Tiêm chủng lưu động ở thôn bản có phải thông báo lịch tiêm cho người dân không?");

        Assert.DoesNotContain("theo dõi phản ứng sau tiêm", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Số: 77/2026/QĐ-UBND
        Lâm Đồng, ngày 12 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Quy định mức chi tổ chức tiêm chủng lưu động trên địa bàn tỉnh Lâm Đồng

        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;
        QUYẾT ĐỊNH:
        Điều 1. Phạm vi điều chỉnh
        Quyết định này quy định mức chi tổ chức tiêm chủng lưu động tại các thôn, bản trên địa bàn tỉnh.
        Điều 2. Mức chi
        1. Mức chi 120.000 đồng/người/buổi áp dụng với các nội dung chi sau:
        a) Chi tổ chức tiêm chủng lưu động tại thôn, bản, gồm: thông báo lịch tiêm cho người dân và vận động các gia đình đưa trẻ đến điểm tiêm đúng giờ;
        vận chuyển vắc xin, dây chuyền lạnh và dụng cụ tiêm từ trạm y tế xã đến điểm tiêm lưu động;
        khám sàng lọc trước tiêm cho trẻ em và phụ nữ mang thai theo hướng dẫn chuyên môn;
        theo dõi phản ứng sau tiêm tại điểm tiêm ít nhất 30 phút và hướng dẫn gia đình theo dõi tại nhà;
        b) Chi tổ chức giám sát sau tiêm chủng, gồm: tổng hợp số liệu; báo cáo kết quả về Sở Y tế.
        Điều 3. Hiệu lực thi hành
        Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Trần Văn Hiệp
        """;
}
