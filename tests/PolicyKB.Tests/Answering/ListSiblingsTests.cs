using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Questions;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A list question answered by one item of a list quotes the whole list: the clause that only announces the items
/// ("2. Bản tin chuyên đề, tập trung vào các nhóm nội dung", "… các Quyết định sau đây hết hiệu lực …:") with every
/// item under it, each cited (issue #11 round 15, dev failures U8G08 and U8K05 of tests/eval/answers-unseen-8.jsonl).
/// </summary>
public sealed class ListSiblingsTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public ListSiblingsTests()
    {
        File.WriteAllText(_files.File("hd-12-hd-btg-tap-san-noi-bo.txt"), Guide);
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void A_question_asking_which_groups_is_a_list_question() =>
        Assert.Equal(AnswerType.List, AnswerTypeClassifier.Classify("Tập san chuyên đề tập trung vào những nhóm nội dung gì?"));

    [Fact]
    public void Every_item_under_a_heading_that_only_announces_them_is_quoted_and_cited()
    {
        var result = _knowledge.Ask("Tập san chuyên đề tập trung vào những nhóm nội dung gì?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("kinh nghiệm cơ sở", result.Answer);
        Assert.Contains("khoa học kỹ thuật", result.Answer);
        Assert.Contains("gương người tốt", result.Answer);
        Assert.Contains(result.Citations, c => c.ClauseId.EndsWith("/II.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_document_a_lead_in_lists_is_quoted_for_a_question_asking_which_documents()
    {
        var result = _knowledge.Ask("Hướng dẫn 12-HD/BTG làm hết hiệu lực văn bản nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("05-HD/BTG", result.Answer);
        Assert.Contains("09-HD/BTG", result.Answer);
    }

    [Fact]
    public void Every_case_a_lead_in_announces_is_quoted_for_a_question_asking_in_which_cases()
    {
        Assert.True(ListSiblings.CasesAsked("Tập san được gửi bằng bản giấy trong trường hợp nào?"));
        var result = _knowledge.Ask("Tập san được gửi về Ban Tuyên giáo bằng bản giấy trong trường hợp nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("chưa có đường truyền internet", result.Answer);
        Assert.Contains("nội dung mật", result.Answer);
    }

    [Fact]
    public void Only_a_question_asking_in_which_cases_reads_cases() =>
        Assert.False(ListSiblings.CasesAsked("Tập san được gửi về Ban Tuyên giáo bằng cách nào?"));

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Guide = """
        BAN TUYÊN GIÁO TỈNH ỦY SÔNG LAM
        ĐẢNG CỘNG SẢN VIỆT NAM
        Số: 12-HD/BTG
        Sông Lam, ngày 05 tháng 3 năm 2026

        HƯỚNG DẪN
        Về việc biên tập tập san nội bộ của các chi bộ

        I. MỤC ĐÍCH, YÊU CẦU
        1. Nâng cao chất lượng tập san nội bộ phục vụ sinh hoạt chi bộ hằng tháng.
        2. Bảo đảm thông tin chính xác, kịp thời, phù hợp với từng loại hình chi bộ.
        II. NỘI DUNG TẬP SAN
        1. Tập san thường kỳ, gồm thông tin thời sự trong tỉnh và các văn bản mới của cấp trên.
        2. Tập san chuyên đề, tập trung vào các nhóm nội dung
        - Các chuyên đề giới thiệu kinh nghiệm cơ sở trong phát triển kinh tế hộ gia đình.
        - Các chuyên đề phổ biến tiến bộ khoa học kỹ thuật trong trồng trọt, chăn nuôi.
        - Các chuyên đề tuyên truyền gương người tốt, việc tốt ở địa phương.
        III. TỔ CHỨC THỰC HIỆN
        1. Các chi bộ bố trí đảng viên phụ trách biên tập tập san.
        2. Các chi bộ gửi tập san về Ban Tuyên giáo bằng thư điện tử, trừ các trường hợp sau:
        - Chi bộ ở thôn, bản chưa có đường truyền internet thì gửi tập san bằng bản giấy qua bưu điện.
        - Tập san có nội dung mật thì gửi bằng bản giấy qua văn thư của Đảng ủy xã.
        3. Các Hướng dẫn sau đây hết hiệu lực kể từ ngày Hướng dẫn này được ký:
        - Hướng dẫn số 05-HD/BTG ngày 10 tháng 01 năm 2020 của Ban Tuyên giáo Tỉnh ủy về biên tập bản tin chi bộ;
        - Hướng dẫn số 09-HD/BTG ngày 22 tháng 6 năm 2022 của Ban Tuyên giáo Tỉnh ủy về tập san nội bộ.

        TRƯỞNG BAN

        Nguyễn Văn Khoa
        """;
}
