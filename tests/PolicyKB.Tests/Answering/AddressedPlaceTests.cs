using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A letter of a national body sent to a province ("Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình")
/// speaks of that province's matter: a question naming the province is answered from it, though its clauses name other
/// places too (issue #11, chat23a: such letters were refused as "not of the asked locality"). A province the letter is
/// not sent to, which its body names only in passing, is still refused.
/// </summary>
public sealed class AddressedPlaceTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public AddressedPlaceTests()
    {
        File.WriteAllText(_files.File("cv-9001-vpcp-vat-lieu-cao-toc.txt"), Letter);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void A_province_the_letter_is_sent_to_is_answered_from_it()
    {
        var result = _knowledge.Ask("Hưng Yên phải báo cáo Thủ tướng kết quả bảo đảm nguồn vật liệu cho đường cao tốc trước ngày nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("03 tháng 12 năm 2025", result.Answer);
    }

    [Fact]
    public void A_province_the_letter_is_not_sent_to_is_still_refused()
    {
        var result = _knowledge.Ask("Nam Định phải báo cáo Thủ tướng kết quả bảo đảm nguồn vật liệu cho đường cao tốc trước ngày nào?");

        Assert.True(result.Refused, result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Letter = """
        VĂN PHÒNG CHÍNH PHỦ
        Số: 9001/VPCP-CN
        V/v cung ứng vật liệu xây dựng cho đường cao tốc
        Hà Nội, ngày 27 tháng 11 năm 2025

        Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình.

        Xét báo cáo của Ủy ban nhân dân tỉnh Hưng Yên về tình hình cung ứng vật liệu xây dựng cho Dự án đường cao tốc đoạn qua Nam Định, Phó Thủ tướng Chính phủ có ý kiến như sau:

        1. Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên chủ trì, phối hợp với tỉnh Ninh Bình bảo đảm nguồn vật liệu cho Dự án đường cao tốc đoạn qua Nam Định, báo cáo Thủ tướng Chính phủ kết quả trước ngày 03 tháng 12 năm 2025.

        2. Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình đẩy nhanh thủ tục cấp phép khai thác mỏ đất đắp.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        KT. BỘ TRƯỞNG, CHỦ NHIỆM
        PHÓ CHỦ NHIỆM

        Nguyễn Văn B
        """;
}
