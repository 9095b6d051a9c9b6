using PolicyKB.Answering.Answers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A very long sentence is quoted in pieces cut at its semicolons, its subject said once in the first piece (issue #11,
/// chat18b: dev failure U10L03 of answers-unseen-10, where the piece naming the plan was quoted for "báo cáo … trước ngày
/// nào" and refused for holding no deadline, while the next piece held it).
/// </summary>
public sealed class SemicolonPieceTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public SemicolonPieceTests()
    {
        File.WriteAllText(_files.File("cv-2204-vpcp-chong-buon-lau.txt"), Letter);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void A_quote_goes_on_past_its_semicolon_to_the_piece_holding_what_is_asked()
    {
        var units = new[] { "Hoàn thiện Kế hoạch cao điểm chống buôn lậu;", "báo cáo trước ngày 30/11/2025;", "Trên cơ sở đó, tổ chức thực hiện." };
        static bool Dated(string s) => s.Contains("ngày", StringComparison.Ordinal);

        Assert.Equal("Hoàn thiện Kế hoạch cao điểm chống buôn lậu; báo cáo trước ngày 30/11/2025;", SemicolonPieces.Through(units, units[0], Dated));
        Assert.Equal(units[1], SemicolonPieces.Through(units, units[1], Dated));
        Assert.Equal(units[2], SemicolonPieces.Through(units, units[2], Dated));
    }

    [Fact]
    public void A_quote_ending_its_sentence_does_not_go_on()
    {
        var units = new[] { "Hoàn thiện Kế hoạch cao điểm chống buôn lậu.", "Báo cáo trước ngày 30/11/2025." };

        Assert.Equal(units[0], SemicolonPieces.Through(units, units[0], s => s.Contains("ngày", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_piece_holding_the_deadline_answers_with_the_subject_of_the_piece_before_it()
    {
        var result = _knowledge.Ask("Bộ Công Thương phải báo cáo kế hoạch cao điểm chống buôn lậu dịp Tết Nguyên đán trước ngày nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("trước ngày 30 tháng 11 năm 2025", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Letter = """
        VĂN PHÒNG CHÍNH PHỦ
        Số: 2204/VPCP-KTTH
        Hà Nội, ngày 25 tháng 11 năm 2025

        Kính gửi: Bộ Công Thương.

        Về việc nâng cao hiệu quả công tác phòng, chống buôn lậu

        Xét báo cáo của Ban Chỉ đạo, Phó Thủ tướng Chính phủ có ý kiến như sau:

        1. Bộ trưởng Bộ Công Thương tập trung lãnh đạo, chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:

        1.1. Hoàn thiện Kế hoạch cao điểm chống buôn lậu, gian lận thương mại và hàng giả dịp trước, trong và sau Tết Nguyên đán theo chỉ đạo của Chính phủ tại Nghị quyết số 86/NQ-CP ngày 04 tháng 11 năm 2025 về triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025, bảo đảm phân công rõ cơ quan chủ trì, cơ quan phối hợp, địa bàn trọng điểm, mặt hàng trọng điểm và cơ chế phối hợp giữa các lực lượng chức năng ở trung ương và địa phương; báo cáo Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo trước ngày 30 tháng 11 năm 2025; Trên cơ sở đó, Ban Chỉ đạo chỉ đạo các lực lượng chức năng triển khai thực hiện kế hoạch bảo đảm hiệu quả, thực chất.

        1.2. Chủ trì, phối hợp với các bộ, ngành tăng cường kiểm tra, kiểm soát thị trường.

        2. Các bộ, ngành, địa phương theo chức năng, nhiệm vụ được giao phối hợp thực hiện.

        Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        KT. BỘ TRƯỞNG, CHỦ NHIỆM
        PHÓ CHỦ NHIỆM

        Nguyễn Văn A
        """;
}
