using PolicyKB.Tests.Facts;

namespace PolicyKB.Tests.Parsing;

/// <summary>
/// The main letterhead printed out of order inside the body (a gazette PDF's text order) is read as the document's
/// number and date and left out of the clause text; a sentence it interrupts joins up across it.
/// </summary>
public sealed class DisplacedLetterheadClauseTests
{
    private const string Decree = """
        NGHỊ ĐỊNH
        Quy định cơ chế ưu đãi cho đơn vị điều độ hệ thống điện

        Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
        Chính phủ ban hành Nghị định quy định cơ chế ưu đãi.

        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định cơ chế ưu đãi.
        Điều 2. Đối tượng áp dụng
        1. Đơn vị điều độ hệ thống điện quốc gia.
        2. Các tổ chức, cá nhân có liên quan
        CHÍNH PHỦ
        _________
        Số: 135/2026/NĐ-CP
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        _______________________________________
        Hà Nội, ngày 07 tháng 4 năm 2026
        đến hoạt động điều độ.
        Điều 3. Giải thích từ ngữ
        Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:
        """;

    [Fact]
    public void The_letterhead_gives_number_and_date()
    {
        var context = FactsPipeline.Context(Decree);

        Assert.Equal("135/2026/NĐ-CP", context.Metadata!.Number);
        Assert.Equal("2026-04-07", context.Metadata.IssuedOn?.ToString());
    }

    [Fact]
    public void The_letterhead_leaves_the_clause_text_and_the_interrupted_sentence_joins_up()
    {
        var context = FactsPipeline.Context(Decree);

        Assert.DoesNotContain(context.Clauses, c => c.Text.Contains("CỘNG HÒA", StringComparison.Ordinal) || c.Text.Contains("Số: 135", StringComparison.Ordinal));
        var item = Assert.Single(context.Clauses, c => c.Text.StartsWith("2. Các tổ chức", StringComparison.Ordinal));
        Assert.Equal("2. Các tổ chức, cá nhân có liên quan đến hoạt động điều độ.", item.Text);
        Assert.Contains(context.Clauses, c => c.Text.StartsWith("Điều 3. Giải thích từ ngữ", StringComparison.Ordinal));
    }
}
