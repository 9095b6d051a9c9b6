using PolicyKB.Documents;
using PolicyKB.Parsing;
using PolicyKB.Tests.Facts;

namespace PolicyKB.Tests.Parsing;

/// <summary>
/// Footnotes printed after the signature form their own "Chú thích" clause instead of joining the preamble, and the
/// citations they print stay linked to the clause carrying the mark.
/// </summary>
public sealed class FootnoteClauseTests
{
    private const string Plan = """
        ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
        Số: 15/KH-UBND

        KẾ HOẠCH
        Phòng, chống dịch bệnh năm 2025

        Thực hiện các văn bản của Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        1. Thực hiện nghiêm các chỉ thị của Thủ tướng Chính phủ[1] về phòng, chống dịch.
        2. Quán triệt nghị quyết của Trung ương(2) về y tế cơ sở.

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
    public void Footnotes_after_the_signature_form_one_clause_labelled_chu_thich()
    {
        var context = FactsPipeline.Context(Plan);

        var notes = Assert.Single(context.Clauses, c => c.Kind == ClauseKind.Footnote);
        Assert.Equal(ClauseTreeBuilder.FootnoteLabel, notes.Label);
        Assert.Equal("Chú thích", notes.DisplayLabel);
        Assert.Null(notes.ParentId);
        Assert.Contains("[1] Chỉ thị số 05/CTTg", notes.Text, StringComparison.Ordinal);
        Assert.Contains("(2) Nghị quyết số 20-NQ/TW", notes.Text, StringComparison.Ordinal);
        Assert.Equal((20, 21), (notes.LineStart, notes.LineEnd));
    }

    [Fact]
    public void The_preamble_keeps_only_its_own_text()
    {
        var context = FactsPipeline.Context(Plan);

        var preamble = Assert.Single(context.Clauses, c => c.Label == "preamble");
        Assert.StartsWith("Thực hiện các văn bản", preamble.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chỉ thị số 05", preamble.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Clauses, c => c.Kind != ClauseKind.Footnote && c.Text.Contains("Nghị quyết số 20-NQ/TW", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnote_citations_stay_in_the_footnote_clause_and_link_to_the_mark()
    {
        var context = FactsPipeline.Context(Plan);

        var notes = Assert.Single(context.Clauses, c => c.Kind == ClauseKind.Footnote);
        Assert.Contains(context.Citations, c => c.ClauseId == notes.Id && c.Key == "05/CT-TTg");
        Assert.Contains(context.Citations, c => c.ClauseId == notes.Id && c.Key == "20-NQ/TW");
        var linked = Assert.Single(context.Citations, c => c.Key == "05/CT-TTg" && c.Raw == "[1]");
        Assert.StartsWith("1. Thực hiện nghiêm", context.Clauses.Single(c => c.Id == linked.ClauseId).Text, StringComparison.Ordinal);
        Assert.Single(context.Citations, c => c.Key == "20-NQ/TW" && c.Raw == "(2)");
    }
}
