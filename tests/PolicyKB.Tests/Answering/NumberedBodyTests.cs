using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A dispatch's background paragraphs restate every term of its numbered instructions; a question about who must act or
/// by when is answered by the numbered instruction, and a date the question names only for the event (told in the
/// background) does not rule that instruction out (issue #11, chat22b: the intro class of the tuning failures).
/// </summary>
public sealed class NumberedBodyTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public NumberedBodyTests()
    {
        File.WriteAllText(_files.File("cd-77-2026-ubnd-khan-truong-chuan-bi-hoi-cho.txt"), Dispatch);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void The_person_assigned_is_quoted_from_the_numbered_item_though_only_the_background_names_the_event_date()
    {
        var result = _knowledge.Ask("Ai được giao trực tiếp chỉ đạo tổ chức hội chợ nông sản ngày 15/3/2026 theo Công điện 77/CĐ-UBND?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Lê Văn Tâm", result.Answer);
    }

    [Fact]
    public void A_deadline_is_quoted_from_the_numbered_item_not_from_the_background_restating_its_terms()
    {
        var result = _knowledge.Ask("Theo Công điện 77/CĐ-UBND, các sở phải xong rà soát gian hàng hội chợ nông sản trên Hệ thống 365 trước ngày nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("28/02/2026", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Dispatch = """
        ỦY BAN NHÂN DÂN
        TỈNH HÒA BÌNH XANH
        Số: 77/CĐ-UBND
        Hòa Bình Xanh, ngày 10 tháng 02 năm 2026

        CÔNG ĐIỆN
        Về việc khẩn trương chuẩn bị tổ chức hội chợ nông sản

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:

        - Giám đốc các sở, ban, ngành tỉnh;
        - Chủ tịch Ủy ban nhân dân các xã, phường.
        Ngày 05/01/2026, Ủy ban nhân dân tỉnh đã giao các sở, ngành chuẩn bị tổ chức hội chợ nông sản của tỉnh vào ngày 15/3/2026, trong đó yêu cầu rà soát, cập nhật gian hàng hội chợ nông sản trên Hệ thống 365 và phân công người trực tiếp chỉ đạo tổ chức hội chợ.
        Theo báo cáo của Sở Công Thương, đến ngày 05/02/2026, Hệ thống 365 mới ghi nhận kết quả rà soát, cập nhật 120/300 gian hàng hội chợ nông sản của các sở, ngành; việc chỉ đạo tổ chức hội chợ nông sản ngày 15/3/2026 còn chậm.
        Để bảo đảm tổ chức thành công hội chợ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

        1. Các sở, ngành khẩn trương hoàn thành việc rà soát, cập nhật gian hàng trên hệ thống. Thời hạn hoàn thành: trước ngày 28/02/2026.
        2. Sở Công Thương chủ trì bố trí mặt bằng, điện, nước cho các gian hàng.
        3. Giao Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Tâm trực tiếp chỉ đạo công tác chuẩn bị, kiểm tra, đôn đốc và tổ chức hội chợ nông sản trong ngày khai mạc.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        CHỦ TỊCH

        Nguyễn Văn Bình
        """;
}
