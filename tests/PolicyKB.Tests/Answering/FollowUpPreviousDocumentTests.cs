using PolicyKB.Answering.Answers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A question of a conversation naming no document asks on in the document the previous answer quoted before the
/// search over every document: "còn ngành giáo dục thì hạn chót khi nào?" covers too little of any sentence on its own
/// words to be quoted, yet the regulation the previous answer quoted states it (issue #11, session 27: U24G05).
/// </summary>
public sealed class FollowUpPreviousDocumentTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public FollowUpPreviousDocumentTests()
    {
        File.WriteAllText(_files.File("qd-86-2026-qd-ubnd-thi-dua-khen-thuong.txt"), Decision);
        // A second document whose own sentence sets the education sector a deadline: the search over every document finds
        // it first for the follow-up's words, so only the document the previous answer quoted gives the right date.
        File.WriteAllText(_files.File("kh-21-kh-ubnd-chuyen-doi-so.txt"), OtherPlan);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void A_follow_up_naming_no_document_is_answered_from_the_one_the_previous_answer_quoted()
    {
        var first = _knowledge.Ask("Hồ sơ đề nghị khen thưởng tổng kết năm ở Sông Lam phải gửi Sở Nội vụ trước ngày nào?");
        Assert.False(first.Refused, first.Answer);
        ChatTurn[] history = [new(first.Question, first.Answer) { CitedClauseIds = first.CitedClauseIds() }];

        var result = _knowledge.Ask("còn ngành giáo dục thì hạn chót khi nào?", history);

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("10/7", result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string OtherPlan = """
        ỦY BAN NHÂN DÂN TỈNH BẮC HÀ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 21/KH-UBND
        Bắc Hà, ngày 12 tháng 4 năm 2026

        KẾ HOẠCH
        Triển khai nhiệm vụ chuyển đổi số tỉnh Bắc Hà năm 2026

        I. NHIỆM VỤ
        1. Ngành giáo dục hoàn thành cơ sở dữ liệu học sinh, hạn chót trước ngày 30/9/2026.
        2. Sở Thông tin và Truyền thông hướng dẫn kết nối dữ liệu trong quý III năm 2026.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Trần Thị Bình
        """;

    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 86/2026/QĐ-UBND
        Sông Lam, ngày 03 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Sông Lam

        ỦY BAN NHÂN DÂN TỈNH SÔNG LAM

        Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

        QUYẾT ĐỊNH:

        Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Sông Lam.

        Điều 2. Thời gian gửi hồ sơ đề nghị khen thưởng
        1. Đối với khen thưởng chuyên đề: gửi hồ sơ trong thời hạn 10 ngày kể từ ngày kết thúc chuyên đề.
        2. Đối với khen thưởng tổng kết năm: Các cơ quan, đơn vị, địa phương gửi hồ sơ đề nghị khen thưởng đến Sở Nội vụ trước ngày 15/12 hằng năm.
        3. Đối với ngành Giáo dục và Đào tạo: Căn cứ thời gian kết thúc năm học, gửi hồ sơ đề nghị khen thưởng đến Sở Nội vụ trước ngày 10/7 hằng năm.

        Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.

        Nơi nhận:
        - Như Điều 3;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An
        """;
}
