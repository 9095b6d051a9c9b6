using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "Hạn để … là khi nào?" is answered by the sentence setting the limit, not by a neighbouring list of repealed decisions
/// dated by their issue (issue #11, chat18b: dev failure U8K03 of answers-unseen-8, where the question was read as asking a
/// number — "định mức … là" — and then as the document's issue date).
/// </summary>
public sealed class DeadlineAnswerTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public DeadlineAnswerTests()
    {
        File.WriteAllText(_files.File("qd-105-2025-ubnd-phan-cap-may-moc.txt"), Decision);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void A_limit_asked_is_answered_by_the_sentence_setting_it()
    {
        var result = _knowledge.Ask("Hạn để các đơn vị ở Hòa Bình Xanh ban hành định mức máy móc chuyên dùng là khi nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("trước ngày 31 tháng 12 năm 2025", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN
        TỈNH HÒA BÌNH XANH
        Số: 105/2025/QĐ-UBND
        Hòa Bình Xanh, ngày 21 tháng 11 năm 2025

        QUYẾT ĐỊNH
        Phân cấp thẩm quyền quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị

        ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH XANH

        Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;

        QUYẾT ĐỊNH:

        Điều 1. Phạm vi điều chỉnh
        Quyết định này phân cấp thẩm quyền quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh.

        Điều 2. Hiệu lực và tổ chức thực hiện
        1. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
        2. Căn cứ chức năng nhiệm vụ, trường hợp cần thiết phải ban hành tiêu chuẩn, định mức máy móc, thiết bị chuyên dùng thì các cơ quan, tổ chức, đơn vị được phân cấp có trách nhiệm ban hành quyết định tiêu chuẩn, định mức máy móc thiết bị chuyên dùng tại đơn vị mình trước ngày 31 tháng 12 năm 2025.
        3. Các Quyết định sau đây hết hiệu lực kể từ ngày 01 tháng 01 năm 2026:
        a) Quyết định số 10/2024/QĐ-UBND ngày 24 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh quy định tiêu chuẩn, định mức sử dụng máy móc chuyên dùng tại các đơn vị;
        b) Quyết định số 08/2021/QĐ-UBND ngày 20 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh quy định tiêu chuẩn, định mức sử dụng máy móc chuyên dùng.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Nguyễn Văn Bình
        """;
}
