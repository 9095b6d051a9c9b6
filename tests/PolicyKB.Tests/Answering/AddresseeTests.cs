using PolicyKB.Answering.Facts;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "Gửi ai?" is answered from where official writing states its addressees: a công văn's "Kính gửi:" line (or the
/// dashed lines under it), a công điện's dashed lines after "… điện:" (issue #11 round 15, dev failures U7J01, D6D02 and
/// U8H04). A question about when something must be sent is no addressee question.
/// </summary>
public sealed class AddresseeTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public AddresseeTests()
    {
        File.WriteAllText(_files.File("cv-771-stc-hoan-thue-nong-san.txt"), Letter);
        File.WriteAllText(_files.File("cv-902-syt-tiem-chung-mo-rong.txt"), Circular);
        File.WriteAllText(_files.File("cd-45-ubnd-phong-chong-ret-dam.txt"), Dispatch);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Theory]
    [InlineData("Công văn 771/STC-QLT gửi ai?")]
    [InlineData("Công văn 771/STC-QLT gửi cho đơn vị nào?")]
    [InlineData("cong van 771 tra loi cho cong ty nao?")]
    public void Recipient_questions_ask_the_addressee(string question) =>
        Assert.Equal(FactQuestionKind.Addressee, FactQuestions.Classify(question));

    [Fact]
    public void A_deadline_for_sending_is_not_an_addressee_question() =>
        Assert.NotEqual(FactQuestionKind.Addressee, FactQuestions.Classify("Hồ sơ gửi cho Sở Tài chính trước ngày nào?"));

    [Fact]
    public void The_kinh_gui_line_of_a_letter_names_its_addressee()
    {
        var result = _knowledge.Ask("Công văn 771/STC-QLT gửi cho đơn vị nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Công ty Cổ phần Nông sản Bình Minh", result.Answer);
        Assert.EndsWith("/preamble", result.Citations[0].ClauseId);
    }

    [Fact]
    public void The_dashed_lines_under_kinh_gui_are_every_addressee()
    {
        var result = _knowledge.Ask("Công văn 902/SYT-NVY gửi những đơn vị nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Trung tâm Y tế các huyện", result.Answer);
        Assert.Contains("Bệnh viện Đa khoa tỉnh", result.Answer);
    }

    [Fact]
    public void A_cong_dien_is_addressed_to_the_dashed_lines_after_its_sender_line()
    {
        var result = _knowledge.Ask("Công điện 45/CĐ-UBND gửi cho những đơn vị nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Giám đốc các Sở: Nông nghiệp và Môi trường", result.Answer);
        Assert.Contains("Chủ tịch Ủy ban nhân dân các xã", result.Answer);
        Assert.DoesNotContain("che chắn chuồng trại", result.Answer.Split("«")[0]);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Letter = """
        SỞ TÀI CHÍNH TỈNH SÔNG LAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 771/STC-QLT
        V/v hoàn thuế giá trị gia tăng hàng nông sản xuất khẩu
        Sông Lam, ngày 14 tháng 5 năm 2026

        Kính gửi: Công ty Cổ phần Nông sản Bình Minh.
        Sở Tài chính nhận được công văn số 12/BM ngày 02/5/2026 của Công ty về hoàn thuế giá trị gia tăng đối với hàng nông sản xuất khẩu. Về vấn đề này, Sở Tài chính có ý kiến như sau: hồ sơ hoàn thuế thực hiện theo quy định của Luật Thuế giá trị gia tăng.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        GIÁM ĐỐC

        Phạm Quốc Hùng
        """;

    private const string Circular = """
        SỞ Y TẾ TỈNH SÔNG LAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 902/SYT-NVY
        V/v triển khai tiêm chủng mở rộng năm 2026
        Sông Lam, ngày 20 tháng 5 năm 2026

        Kính gửi:
        - Trung tâm Y tế các huyện, thị xã, thành phố;
        - Bệnh viện Đa khoa tỉnh.
        Sở Y tế đề nghị các đơn vị tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi trước ngày 30 tháng 6 năm 2026.

        GIÁM ĐỐC

        Lê Minh Tâm
        """;

    private const string Dispatch = """
        ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 45/CĐ-UBND
        Sông Lam, ngày 02 tháng 1 năm 2026

        CÔNG ĐIỆN
        Về việc phòng, chống rét đậm, rét hại cho vật nuôi

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
        - Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính;
        - Chủ tịch Ủy ban nhân dân các xã, phường.
        1. Chủ tịch Ủy ban nhân dân các xã, phường hướng dẫn người dân che chắn chuồng trại cho vật nuôi.
        2. Sở Tài chính bố trí kinh phí hỗ trợ thức ăn cho vật nuôi.

        CHỦ TỊCH

        Võ Thành Nam
        """;
}
