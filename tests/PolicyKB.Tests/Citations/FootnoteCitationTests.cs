using PolicyKB.Tests.Facts;

namespace PolicyKB.Tests.Citations;

/// <summary>
/// Citations printed in footnotes at the end of a document are linked to the clause carrying the footnote mark, and
/// stay where they are printed.
/// </summary>
public sealed class FootnoteCitationTests
{
    private const string Plan = """
        ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
        Số: 15/KH-UBND

        KẾ HOẠCH
        Phòng, chống dịch bệnh năm 2025

        I. MỤC ĐÍCH, YÊU CẦU
        1. Thực hiện nghiêm các chỉ thị của Thủ tướng Chính phủ[1] về phòng, chống dịch.
        2. Quán triệt nghị quyết của Trung ương(2) về y tế cơ sở.
        II. TỔ CHỨC THỰC HIỆN
        (1) Sở Y tế chủ trì thực hiện Kế hoạch này theo Quyết định số 100/QĐ-UBND ngày 02/01/2025.

        Nơi nhận:
        - Bộ Y tế;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn A

        ____________________
        [1] Chỉ thị số 05/CTTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường công tác quản lý bảo vệ rừng.
        (2) Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.
        """;

    [Fact]
    public void A_footnote_citation_is_linked_to_the_clause_holding_its_mark()
    {
        var context = FactsPipeline.Context(Plan);

        var linked = Assert.Single(context.Citations, c => c.Key == "05/CT-TTg" && c.Raw == "[1]");
        var clause = Assert.Single(context.Clauses, c => c.Id == linked.ClauseId);
        Assert.StartsWith("1. Thực hiện nghiêm các chỉ thị", clause.Text, StringComparison.Ordinal);
        Assert.Equal("[1]", clause.Text.Substring(linked.Start, linked.Length));
        Assert.Equal((8, 8), (linked.LineStart, linked.LineEnd));
        Assert.Equal("2022-05-18", linked.Date);
        var party = Assert.Single(context.Citations, c => c.Key == "20-NQ/TW" && c.Raw == "(2)");
        Assert.Equal(9, party.LineStart);
    }

    [Fact]
    public void The_footnote_keeps_its_own_citation_where_it_is_printed()
    {
        var context = FactsPipeline.Context(Plan);

        var printed = Assert.Single(context.Citations, c => c.Key == "05/CT-TTg" && c.Raw != "[1]");
        Assert.Equal(21, printed.LineStart);
        Assert.StartsWith("Chỉ thị số 05/CTTg ngày 18/5/2022", printed.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_item_without_a_mark_before_it_is_no_footnote()
    {
        var context = FactsPipeline.Context(Plan);

        var decision = Assert.Single(context.Citations, c => c.Key == "100/QĐ-UBND");
        Assert.Equal(11, decision.LineStart);
    }
}
