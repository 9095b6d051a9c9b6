using PolicyKB.Tests.Facts;

namespace PolicyKB.Tests.Citations;

/// <summary>Each citation carries its own source lines and character span, not the first line of its paragraph.</summary>
public sealed class CitationSpanTests
{
    // PDF text: one paragraph hard-wrapped over four lines; the second citation starts on line 8 and ends on line 9.
    private const string Wrapped = """
        KẾ HOẠCH
        Củng cố y tế cơ sở
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        Triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp đã đề ra tại Quyết định số
        281/QĐ-TTg ngày 05/4/2024 của Thủ tướng Chính phủ để củng cố mạng lưới y tế cơ sở
        trên địa bàn tỉnh, bảo đảm chăm sóc sức khỏe ban đầu cho Nhân dân, đồng thời thực hiện
        tốt các nội dung của Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí
        thư về tiếp tục củng cố y tế cơ sở trong tình hình mới.
        """;

    [Fact]
    public void A_citation_in_a_wrapped_paragraph_names_the_lines_it_is_printed_on()
    {
        var context = FactsPipeline.Context(Wrapped);

        var decision = Assert.Single(context.Citations, c => c.Key == "281/QĐ-TTg");
        Assert.Equal((5, 6), (decision.LineStart, decision.LineEnd));
        var directive = Assert.Single(context.Citations, c => c.Key == "25-CT/TW");
        Assert.Equal((8, 9), (directive.LineStart, directive.LineEnd));
        var clause = Assert.Single(context.Clauses, c => c.Id == directive.ClauseId);
        Assert.Equal(directive.Raw, clause.Text[directive.CharStart..directive.CharEnd]);
        Assert.True(clause.LineStart < directive.LineStart);
        var view = PolicyKB.Contracts.CitationView.From(directive); // what citations --json and the API show
        Assert.Equal((8, 9, directive.Start, directive.Start + directive.Length), (view.LineStart, view.LineEnd, view.CharStart, view.CharEnd));
    }

    [Fact]
    public void A_citation_on_one_line_starts_and_ends_there()
    {
        var context = FactsPipeline.Context("KẾ HOẠCH\nThử\nI. CĂN CỨ\n1. Căn cứ Nghị định số 111/2018/NĐ-CP ngày 31/8/2018 của Chính phủ.\n");

        var citation = Assert.Single(context.Citations);
        Assert.Equal((4, 4), (citation.LineStart, citation.LineEnd));
    }

    [Fact]
    public void A_citation_in_the_title_names_the_title_line_it_is_printed_on()
    {
        var context = FactsPipeline.Context("""
            ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
            Số: 1026/KH-UBND

            KẾ HOẠCH
            TRIỂN KHAI THỰC HIỆN
            CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ

            I. MỤC ĐÍCH, YÊU CẦU
            1. Bảo đảm bí mật nhà nước.
            """);

        var title = Assert.Single(context.Citations, c => c.ClauseId.EndsWith("/title", StringComparison.Ordinal));
        Assert.Equal("32/CT-TTg", title.Key);
        Assert.Equal((6, 6), (title.LineStart, title.LineEnd));
    }
}
