using PolicyKB.Answering.Answers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A regulation's attached form restates its conditions as the applicant's declarations (issue #11, chat16b: dev half of
/// answers-dev-6, a support decision whose "Mẫu số 01" repeats each condition): the article stating the rule is quoted,
/// not the form's line; a question about the form itself still reads the form.
/// </summary>
public sealed class FormClauseTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public FormClauseTests()
    {
        File.WriteAllText(_files.File("qd-19-2026-qd-ttg-ho-tro-tien-dien-nguoi-lao-dong.txt"), Decision);
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void The_condition_is_cited_from_the_article_not_the_form()
    {
        var result = _knowledge.Ask("Theo Quyết định 19/2026/QĐ-TTg, người lao động phải có hợp đồng lao động giao kết từ ngày nào để được hỗ trợ tiền điện?");

        Assert.False(result.Refused, result.Answer);
        Assert.Equal("D2.1", result.Citations[0].Label);
    }

    [Theory]
    [InlineData("Mẫu số 01 đề nghị hỗ trợ gồm những gì?", true)]
    [InlineData("to khai de nghi ho tro ghi nhung gi", true)]
    [InlineData("Người lao động được hỗ trợ bao nhiêu tiền?", false)]
    public void A_question_about_the_form_is_recognised(string question, bool asked) => Assert.Equal(asked, FormClauses.Asked(question));

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Decision = """
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 19/2026/QĐ-TTg
        Hà Nội, ngày 10 tháng 3 năm 2026

        QUYẾT ĐỊNH
        Quy định việc thực hiện chính sách hỗ trợ tiền điện cho người lao động

        Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
        Thủ tướng Chính phủ ban hành Quyết định quy định việc thực hiện chính sách hỗ trợ tiền điện cho người lao động.
        Điều 1. Phạm vi điều chỉnh
        Quyết định này quy định việc thực hiện chính sách hỗ trợ tiền điện cho người lao động làm việc trong doanh nghiệp.
        Điều 2. Điều kiện hỗ trợ
        1. Có hợp đồng lao động được giao kết và thực hiện từ ngày 01 tháng 02 năm 2026 trở về trước.
        2. Đang tham gia bảo hiểm xã hội bắt buộc.
        Điều 3. Mức hỗ trợ
        Mức hỗ trợ là 300.000 đồng/người/tháng.
        Điều 4. Hiệu lực thi hành
        Quyết định này có hiệu lực thi hành kể từ ngày ký.

        THỦ TƯỚNG
        Nguyễn Văn A

        Mẫu số 01
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ĐỀ NGHỊ HỖ TRỢ TIỀN ĐIỆN
        1. Họ và tên:..................
        2. Có hợp đồng lao động được giao kết và thực hiện từ ngày 01/02/2026 trở về trước.
        3. Tôi đang tham gia bảo hiểm xã hội bắt buộc.
        """;
}
