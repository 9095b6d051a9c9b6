using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A quoted sentence that ends in ':' announces the items after it (issue #11 round 8, list failures of the dev half of
/// tests/eval/answers-unseen-6.jsonl): the answer quotes the items too, each with its own clause — the clause's
/// children ("các thông tư sau đây …:" / "1. …", "2. …"), or the bullets that follow a notice's opening paragraph.
/// </summary>
public sealed class LeadInItemsTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public LeadInItemsTests()
    {
        File.WriteAllText(_files.File("qd-414-qd-bxd-cong-bo-thong-tu-con-hieu-luc.txt"), Decision);
        File.WriteAllText(_files.File("tb-208-tb-ctt-tam-dung-cong-thu-vien-so.txt"), Notice);
        // content/ beside them, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void A_lead_in_quoted_brings_its_numbered_children()
    {
        var result = _knowledge.Ask("Theo Quyết định 414/QĐ-BXD, những thông tư nào tiếp tục có hiệu lực?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("08/2019/TT-BXD", result.Answer);
        Assert.Contains("12/2021/TT-BXD", result.Answer);
        Assert.Contains(result.Citations, c => c.ClauseId.EndsWith("/D1.2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_opening_paragraph_quoted_brings_the_bullets_after_it()
    {
        var result = _knowledge.Ask("Trong thời gian bảo trì cổng thư viện số, những dịch vụ nào tạm dừng?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("mượn sách trực tuyến", result.Answer);
        Assert.Contains("gia hạn thẻ bạn đọc", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        BỘ XÂY DỰNG
        Số: 414/QĐ-BXD
        Hà Nội, ngày 05 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Về việc công bố các thông tư về quản lý chất lượng công trình tiếp tục có hiệu lực thi hành

        BỘ TRƯỞNG BỘ XÂY DỰNG
        Căn cứ Luật Xây dựng số 50/2014/QH13;
        QUYẾT ĐỊNH:
        Điều 1. Kể từ ngày Nghị định số 175/2025/NĐ-CP có hiệu lực thi hành, các thông tư sau đây tiếp tục có hiệu lực thi hành:
        1. Thông tư số 08/2019/TT-BXD ngày 11 tháng 11 năm 2019 của Bộ trưởng Bộ Xây dựng quy định về kiểm định chất lượng công trình.
        2. Thông tư số 12/2021/TT-BXD ngày 31 tháng 8 năm 2021 của Bộ trưởng Bộ Xây dựng ban hành định mức xây dựng.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Nguyễn Văn Sinh
        """;

    private const string Notice = """
        CÔNG TY THƯ VIỆN SỐ
        Số: 208/TB-CTT
        Hà Nội, ngày 20 tháng 11 năm 2025

        THÔNG BÁO
        Kế hoạch bảo trì cổng thư viện số

        Công ty có kế hoạch bảo trì cổng thư viện số từ 20h00 ngày 22/11/2025 đến 06h00 ngày 23/11/2025. Trong thời gian này, công ty tạm dừng một số dịch vụ, cụ thể như sau:
        - Dừng dịch vụ mượn sách trực tuyến;
        - Dừng chức năng gia hạn thẻ bạn đọc;
        - Dừng tra cứu mục lục điện tử.
        Công ty thông báo để bạn đọc được biết./.
        """;
}
