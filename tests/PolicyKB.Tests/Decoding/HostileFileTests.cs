using PolicyKB.Decoding;

namespace PolicyKB.Tests.Decoding;

/// <summary>
/// The files of PolicyKB issue 9 are refused while they are decoded, with a Vietnamese reason naming the limit that
/// was hit, under the default limits (the old code decoded them for minutes and gigabytes).
/// </summary>
public sealed class HostileFileTests
{
    private readonly ContentDecoders _decoders = ContentDecoders.CreateDefault();

    [Fact]
    public void A_pdf_page_repeating_a_text_operator_half_a_million_times_is_refused_for_too_many_text_operators()
    {
        var bomb = HostileFiles.PdfTextBomb(500_000);

        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(bomb), "bom.pdf"));

        Assert.Contains("trang 1", error.Reason);
        Assert.Contains("lệnh hiện chữ", error.Reason);
        Assert.Contains(DecodingLimits.Default.MaxTextOperatorsPerPage.ToString("N0", DecodingLimits.Culture), error.Reason);
    }

    [Fact]
    public void A_docx_holding_90_million_characters_is_refused_for_its_oversized_xml_part()
    {
        var bomb = HostileFiles.DocxCharacterBomb(90_000_000);

        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(bomb), "bom.docx"));

        Assert.Contains("quá lớn", error.Reason);
        Assert.Contains(DecodingLimits.Default.MaxXmlPartCharacters.ToString("N0", DecodingLimits.Culture), error.Reason);
    }

    [Fact]
    public void A_docx_body_over_the_character_limit_is_refused_while_the_body_is_read()
    {
        var limits = DecodingLimits.Default with { MaxCharacters = 1_000 };
        var docx = DocxFactory.Create(Enumerable.Range(1, 200).Select(i => DocxFactory.Para($"Khoản {i}. Nội dung quy định chi tiết")));

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault(limits).Decode(new MemoryStream(docx), "dai.docx"));

        Assert.Contains("quá nhiều chữ", error.Reason);
        Assert.Contains("1.000", error.Reason);
    }

    [Fact]
    public void A_docx_whose_zip_entry_unzips_past_the_limit_is_refused_as_a_zip_bomb()
    {
        var limits = DecodingLimits.Default with { MaxZipEntryBytes = 1024 * 1024 };
        var bomb = HostileFiles.DocxZipBomb(4 * 1024 * 1024);

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault(limits).Decode(new MemoryStream(bomb), "bom.docx"));

        Assert.Contains("bom nén", error.Reason);
        Assert.Contains("word/media/filler.bin", error.Reason);
    }

    [Fact]
    public void A_text_file_of_one_giant_line_is_refused_for_too_many_characters()
    {
        var text = HostileFiles.GiantLine(DecodingLimits.Default.MaxCharacters + 1);

        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(text), "mot-dong.txt"));

        Assert.Contains("quá nhiều chữ", error.Reason);
        Assert.Contains(DecodingLimits.Default.MaxCharacters.ToString("N0", DecodingLimits.Culture), error.Reason);
    }

    [Fact]
    public void A_line_longer_than_the_line_limit_is_refused_naming_the_line()
    {
        var text = HostileFiles.GiantLine(DecodingLimits.Default.MaxLineCharacters + 10);

        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(text), "mot-dong.md"));

        Assert.Contains("dòng 1", error.Reason);
        Assert.Contains(DecodingLimits.Default.MaxLineCharacters.ToString("N0", DecodingLimits.Culture), error.Reason);
    }

    [Fact]
    public void A_run_of_letters_without_spaces_longer_than_the_word_limit_is_refused()
    {
        var text = new string('x', DecodingLimits.Default.MaxWordCharacters + 1);

        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "tu.txt"));

        Assert.Contains("không có dấu cách", error.Reason);
    }

    [Fact]
    public void A_text_file_of_millions_of_lines_is_refused_for_too_many_lines()
    {
        var text = HostileFiles.ManyLines(DecodingLimits.Default.MaxLines + 1);

        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(text), "nhieu-dong.txt"));

        Assert.Contains("quá nhiều dòng", error.Reason);
        Assert.Contains(DecodingLimits.Default.MaxLines.ToString("N0", DecodingLimits.Culture), error.Reason);
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused_before_its_pages_are_read()
    {
        var limits = DecodingLimits.Default with { MaxPages = 3 };
        var pdf = HostileFiles.Pdf([.. Enumerable.Range(1, 5).Select(i => HostileFiles.PageContent([$"Dieu {i}. Pham vi"]))]);

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault(limits).Decode(new MemoryStream(pdf), "dai.pdf"));

        Assert.Contains("quá nhiều trang", error.Reason);
    }

    [Fact]
    public void A_pdf_stream_that_inflates_past_the_stream_limit_is_refused_as_a_compression_bomb()
    {
        var limits = DecodingLimits.Default with { MaxPdfStreamBytes = 64 * 1024 };
        var pdf = HostileFiles.Pdf([[.. HostileFiles.PageContent(["Dieu 1. Pham vi"]), .. new byte[1024 * 1024]]]);

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault(limits).Decode(new MemoryStream(pdf), "bom.pdf"));

        Assert.Contains("bom nén", error.Reason);
    }

    [Fact]
    public void Decoding_past_the_time_limit_is_refused_naming_the_limit()
    {
        var limits = DecodingLimits.Default with { MaxDecodeSeconds = 1e-9 };
        var pdf = HostileFiles.Pdf([HostileFiles.PageContent(["Dieu 1. Pham vi"]), HostileFiles.PageContent(["Dieu 2. Doi tuong"])]);

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault(limits).Decode(new MemoryStream(pdf), "cham.pdf"));

        Assert.Contains("giới hạn thời gian", error.Reason);
    }

    [Fact]
    public void A_small_pdf_under_every_limit_still_decodes()
    {
        var pdf = HostileFiles.Pdf([HostileFiles.PageContent(["Dieu 1. Pham vi", "Dieu 2. Doi tuong"])]);

        var decoded = _decoders.Decode(new MemoryStream(pdf), "nho.pdf");

        Assert.Contains(decoded.Lines, l => l.Text == "Dieu 2. Doi tuong" && l.Page == 1);
    }

    [Fact]
    public void Deep_markdown_nesting_ends_in_lines_not_a_crash()
    {
        var decoded = _decoders.Decode(new MemoryStream(HostileFiles.DeepMarkdown(5_000)), "sau.md");

        Assert.Contains(decoded.Lines, l => l.Text.Contains("mục 4999"));
    }
}
