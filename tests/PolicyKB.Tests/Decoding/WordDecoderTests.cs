using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKB.Decoding;
using static PolicyKB.Tests.Decoding.DocxFactory;

namespace PolicyKB.Tests.Decoding;

public sealed class WordDecoderTests
{
    private readonly WordDecoder _decoder = new();

    private static Numbering PlanNumbering() => new(
        Abstract(10, (NumberFormatValues.UpperRoman, "%1."), (NumberFormatValues.Decimal, "%2.")),
        Abstract(20, (NumberFormatValues.LowerLetter, "%1)")),
        Abstract(30, (NumberFormatValues.Bullet, "\uF0B7")),
        Abstract(40, (NumberFormatValues.Decimal, "%1."), (NumberFormatValues.Decimal, "%1.%2.")),
        Instance(1, 10), Instance(2, 20), Instance(3, 30), Instance(4, 40));

    [Fact]
    public void Reads_paragraphs_and_tables_in_body_order_with_numbering_rendered()
    {
        var bytes = Create(
        [
            Para("KẾ HOẠCH", style: "Heading1", center: true),
            Para("Thực hiện các phong trào thi đua năm 2021", bold: true, center: true),
            Para("MỤC ĐÍCH, YÊU CẦU", numId: 1, level: 0),
            Para("Mục đích", numId: 1, level: 1),
            Para("Yêu cầu", numId: 1, level: 1),
            Para("Tuyên truyền sâu rộng", numId: 2),
            Para("Biểu dương kịp thời", numId: 2),
            Para("NHIỆM VỤ", numId: 1, level: 0),
            Para("Nhiệm vụ chung", numId: 1, level: 1),
            Table(["STT", "Nội dung", "Đơn vị"], ["1", "Tổ chức tuyên truyền", "Sở Y tế"]),
            new Paragraph(),
            Para("Gạch đầu dòng", numId: 3),
            Para("Chương một", numId: 4, level: 0),
            Para("Mục một", numId: 4, level: 1),
            Para("Mục hai", numId: 4, level: 1),
            Para("Tiểu mục", style: "Heading2"),
        ], PlanNumbering());

        var decoded = _decoder.Decode(new MemoryStream(bytes), "kh.docx");

        Assert.Equal("docx", decoded.Format);
        Assert.Equal(
        [
            "1|h1 bold center|KẾ HOẠCH",
            "2|bold center|Thực hiện các phong trào thi đua năm 2021",
            "3|list:I.|I. MỤC ĐÍCH, YÊU CẦU",
            "4|list:1.|1. Mục đích",
            "5|list:2.|2. Yêu cầu",
            "6|list:a)|a) Tuyên truyền sâu rộng",
            "7|list:b)|b) Biểu dương kịp thời",
            "8|list:II.|II. NHIỆM VỤ",
            "9|list:1.|1. Nhiệm vụ chung",
            "10|table|STT | Nội dung | Đơn vị",
            "11|table|1 | Tổ chức tuyên truyền | Sở Y tế",
            "12||",
            "13|list:-|- Gạch đầu dòng",
            "14|list:1.|1. Chương một",
            "15|list:1.1.|1.1. Mục một",
            "16|list:1.2.|1.2. Mục hai",
            "17|h2 bold|Tiểu mục",
        ], decoded.Lines.Select(DecodedTextDump.Dump));
    }

    [Fact]
    public void Tabs_and_line_breaks_inside_a_paragraph_become_spaces()
    {
        var paragraph = new Paragraph(new Run(
            new DocumentFormat.OpenXml.Wordprocessing.Text("Nơi nhận:"), new TabChar(), new DocumentFormat.OpenXml.Wordprocessing.Text("- Như trên;"), new Break(), new DocumentFormat.OpenXml.Wordprocessing.Text("- Lưu: VT.")));
        var line = Assert.Single(_decoder.Decode(new MemoryStream(Create([paragraph])), "a.docx").Lines);
        Assert.Equal("Nơi nhận: - Như trên; - Lưu: VT.", line.Text);
    }

    [Fact]
    public void Deleted_text_is_skipped_and_partial_bold_is_not_a_bold_line()
    {
        var paragraph = new Paragraph(
            new DeletedRun(new Run(new DeletedText("cũ"))) { Id = "1", Author = "A" },
            Run("Nội dung "), Run("mới", bold: true));
        var line = Assert.Single(_decoder.Decode(new MemoryStream(Create([paragraph])), "a.docx").Lines);
        Assert.Equal(("Nội dung mới", LineStyle.None), (line.Text, line.Style));
    }

    [Fact]
    public void Explicitly_unbolded_runs_in_a_bold_style_are_not_bold()
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }),
            new Run(new RunProperties(new Bold { Val = false }), new DocumentFormat.OpenXml.Wordprocessing.Text("thường")));
        var line = Assert.Single(_decoder.Decode(new MemoryStream(Create([paragraph])), "a.docx").Lines);
        Assert.Equal(LineStyle.Heading, line.Style);
    }

    [Theory]
    [InlineData(1, "a")]
    [InlineData(27, "aa")]
    [InlineData(4, "iv")]
    [InlineData(1994, "MCMXCIV")]
    public void Formats_counters_like_word(int value, string expected)
    {
        var format = expected switch
        {
            "a" or "aa" => NumberFormatValues.LowerLetter,
            "iv" => NumberFormatValues.LowerRoman,
            _ => NumberFormatValues.UpperRoman,
        };
        Assert.Equal(expected, WordNumbering.Format(value, format));
    }

    [Fact]
    public void A_truncated_docx_is_refused_as_damaged()
    {
        var bytes = Create([Para("Điều 1. Phạm vi điều chỉnh")], PlanNumbering());
        var error = Assert.Throws<DecodingException>(() => _decoder.Decode(new MemoryStream(bytes[..(bytes.Length / 2)]), "qd.docx"));
        Assert.Equal("qd.docx", error.FileName);
        Assert.StartsWith("tệp .docx bị hỏng hoặc không phải Word", error.Reason);
    }

    [Fact]
    public void A_document_without_text_decodes_with_a_warning()
    {
        var decoded = _decoder.Decode(new MemoryStream(Create([new Paragraph()])), "trong.docx");
        Assert.Single(decoded.Lines);
        Assert.Single(decoded.Warnings);
    }
}
