using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "bãi bỏ / thay thế văn bản nào" is answered from the document's own sentence making numbered texts lapse when its
/// facts hold no such relation: a lead-in announcing the lapsed decisions as items is quoted by those items (issue #11,
/// session 27: U23J03 "bãi bỏ quyết định nào" was refused; the closing article says "hết hiệu lực").
/// </summary>
public sealed class LapseSentenceTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public LapseSentenceTests()
    {
        File.WriteAllText(_files.File("qd-45-2026-qd-ubnd-chu-ky-so.txt"), Decision);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Theory]
    [InlineData("Quyết định 45/2026/QĐ-UBND của Sông Lam bãi bỏ quyết định nào?")]
    [InlineData("Quyết định 45/2026/QĐ-UBND của Sông Lam thay thế quyết định nào?")]
    public void The_items_a_lapse_lead_in_announces_answer_which_texts_are_repealed(string question)
    {
        var result = _knowledge.Ask(question);

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("12/2018/QĐ-UBND", result.Answer);
        Assert.Contains("27/2022/QĐ-UBND", result.Answer);
        Assert.All(result.Citations, c => Assert.Contains("/D3.2.", c.ClauseId));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 45/2026/QĐ-UBND
        Sông Lam, ngày 10 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Ban hành Quy chế quản lý, sử dụng chữ ký số chuyên dùng trên địa bàn tỉnh Sông Lam

        ỦY BAN NHÂN DÂN TỈNH SÔNG LAM

        Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;

        QUYẾT ĐỊNH:

        Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số chuyên dùng trên địa bàn tỉnh.

        Điều 2. Sở Khoa học và Công nghệ hướng dẫn, kiểm tra việc thực hiện Quy chế này.

        Điều 3. Hiệu lực thi hành
        1. Quyết định này có hiệu lực thi hành từ ngày 20 tháng 3 năm 2026.
        2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:
        a) Quyết định số 12/2018/QĐ-UBND ngày 16 tháng 7 năm 2018 của Ủy ban nhân dân tỉnh Sông Lam ban hành Quy chế quản lý chứng thư số;
        b) Quyết định số 27/2022/QĐ-UBND ngày 29 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh Sông Lam sửa đổi Quy chế quản lý chứng thư số.

        Nơi nhận:
        - Như Điều 3;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An
        """;
}
