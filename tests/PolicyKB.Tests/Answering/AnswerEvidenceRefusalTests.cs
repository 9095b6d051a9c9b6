using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The answer evidence check wired into answering (issue #11, calibrated answerability): a question whose only
/// candidate quote is a legal-basis line (the preamble citing a document the store lacks) is refused, while the
/// question a quote does answer (the rate asked) is still answered.
/// </summary>
public sealed class AnswerEvidenceRefusalTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public AnswerEvidenceRefusalTests()
    {
        File.WriteAllText(_files.File("qd-2601-qd-ttg-lai-suat-cho-vay.txt"), Decision);
        // content/ beside it, so that word rarity is that of a real knowledge base.
        _knowledge = new SeedKnowledgeBase([SharedData.ContentDirectory, _files.Path]);
    }

    [Fact]
    public void The_rate_of_the_subject_quoted_is_answered()
    {
        var result = _knowledge.Ask("Lãi suất cho vay hộ nghèo theo Quyết định 2601/QĐ-TTg sau điều chỉnh là bao nhiêu?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("6,24%", result.Answer);
    }

    [Fact]
    public void What_a_document_cited_only_as_the_legal_basis_rules_is_refused()
    {
        var result = _knowledge.Ask("Nghị định 78/2002/NĐ-CP quy định những gì về tín dụng đối với người nghèo?");

        Assert.True(result.Refused, result.Answer);
    }

    private const string Decision = """
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 2601/QĐ-TTg
        Hà Nội, ngày 21 tháng 11 năm 2025

        QUYẾT ĐỊNH
        Về việc điều chỉnh giảm lãi suất cho vay một số chương trình tín dụng chính sách

        THỦ TƯỚNG CHÍNH PHỦ
        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        Căn cứ Nghị định số 78/2002/NĐ-CP ngày 04 tháng 10 năm 2002 của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách khác;
        QUYẾT ĐỊNH:
        Điều 1. Điều chỉnh giảm lãi suất cho vay
        1. Lãi suất cho vay hộ nghèo, cho vay học sinh, sinh viên điều chỉnh giảm từ 6,6%/năm xuống 6,24%/năm.
        2. Lãi suất cho vay thực hiện cấp nước sạch và vệ sinh môi trường nông thôn điều chỉnh giảm từ 9,0%/năm xuống 8,4%/năm.
        Điều 2. Cấp bù chênh lệch lãi suất
        Bộ Tài chính bố trí kinh phí cấp bù chênh lệch lãi suất cho Ngân hàng Chính sách xã hội theo quy định.
        Điều 3. Hiệu lực thi hành
        Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2025.

        THỦ TƯỚNG
        Hồ Đức Phớc
        """;

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }
}
