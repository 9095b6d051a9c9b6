using System.Text;
using PolicyKB.Decoding;

namespace PolicyKB.Tests.Decoding;

public sealed class ContentDecodersTests
{
    private readonly ContentDecoders _decoders = ContentDecoders.CreateDefault();

    [Fact]
    public void Default_registry_has_one_decoder_per_format()
    {
        Assert.Equal(["txt", "md", "docx", "pdf", "doc", "image"], _decoders.All.Select(d => d.Format));
        Assert.Equal(".txt, .md, .markdown, .docx, .pdf, .doc, .png, .jpg, .jpeg, .tif, .tiff", _decoders.SupportedExtensions);
    }

    [Fact]
    public void Plain_text_in_a_txt_stays_txt()
    {
        var decoded = _decoders.Decode(DecodedTextDump.Utf8("KẾ HOẠCH\n1. Mục đích\n* ghi chú (**)"), "a.txt");
        Assert.Equal("txt", decoded.Format);
        Assert.Equal("* ghi chú (**)", decoded.Lines[2].Text);
    }

    [Fact]
    public void Markdown_saved_as_txt_is_decoded_as_markdown()
    {
        const string source = "**NGHỊ ĐỊNH**\n\n*Căn cứ Luật Tổ chức Chính phủ;*\n\n**Điều 1. Phạm vi**\n1\\. Nội dung";
        var decoded = _decoders.Decode(DecodedTextDump.Utf8(source), "tvpl.txt");
        Assert.Equal("md", decoded.Format);
        Assert.Equal(["NGHỊ ĐỊNH", "", "Căn cứ Luật Tổ chức Chính phủ;", "", "Điều 1. Phạm vi", "1. Nội dung"],
            decoded.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_pipe_table_alone_is_enough_to_read_a_txt_as_markdown()
    {
        var decoded = _decoders.Decode(DecodedTextDump.Utf8("| STT | Tên |\n| --- | --- |\n| 1 | A |"), "crawl.txt");
        Assert.Equal("md", decoded.Format);
        Assert.Equal(LineStyle.TableRow, decoded.Lines[2].Style);
    }

    [Theory]
    [InlineData("bao-cao.xls", "định dạng .xls không được hỗ trợ")]
    [InlineData("README", "không có đuôi")]
    public void Unknown_extensions_are_refused_listing_the_supported_ones(string fileName, string expected)
    {
        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(DecodedTextDump.Utf8("x"), fileName));
        Assert.Contains(expected, error.Reason);
        Assert.Contains(".txt, .md, .markdown, .docx, .pdf", error.Reason);
    }

    [Fact]
    public void Extension_matching_ignores_case()
    {
        Assert.Equal("txt", _decoders.Decode(DecodedTextDump.Utf8("a"), "A.TXT").Format);
    }

    [Fact]
    public void Text_named_pdf_is_refused_naming_file_and_reason()
    {
        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(DecodedTextDump.Utf8("Điều 1. Phạm vi"), "report.pdf"));
        Assert.Equal("report.pdf", error.FileName);
        Assert.Equal("tệp có đuôi .pdf nhưng nội dung là văn bản thuần; hãy đổi đuôi tệp thành .txt", error.Reason);
        Assert.StartsWith("report.pdf: ", error.Message);
    }

    [Fact]
    public void A_docx_that_is_not_a_zip_is_refused()
    {
        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream([1, 2, 3, 0, 5]), "qd.docx"));
        Assert.Contains("tệp .docx bị hỏng hoặc không phải Word", error.Reason);
    }

    [Fact]
    public void A_zip_without_word_document_is_refused_as_not_word()
    {
        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream("PK\x03\x04xl/workbook.xml"u8.ToArray()), "bang.docx"));
        Assert.Equal("tệp .docx bị hỏng hoặc không phải Word (không đọc được word/document.xml)", error.Reason);
    }

    [Fact]
    public void A_word_97_file_renamed_docx_says_to_resave()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0];
        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(ole), "cu.docx"));
        Assert.Contains("lưu lại dưới dạng .docx", error.Reason);
    }

    [Fact]
    public void A_pdf_named_txt_says_to_rename()
    {
        var pdf = PdfFactory.Create(["Hello"]);
        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(pdf), "a.txt"));
        Assert.Equal("tệp có đuôi .txt nhưng nội dung là PDF; hãy đổi đuôi tệp thành .pdf", error.Reason);
    }

    [Fact]
    public void Empty_file_is_refused_whatever_the_extension()
    {
        foreach (var name in new[] { "a.txt", "a.md", "a.docx", "a.pdf" })
        {
            Assert.Equal("tệp rỗng", Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(), name)).Reason);
        }
    }

    [Fact]
    public void DecodeFile_reports_a_missing_file_by_name()
    {
        var error = Assert.Throws<DecodingException>(() => _decoders.DecodeFile("/khong/co/ke-hoach.md"));
        Assert.Equal("ke-hoach.md", error.FileName);
        Assert.Equal("không tìm thấy tệp", error.Reason);
        Assert.Throws<DecodingException>(() => _decoders.DecodeFile(""));
    }

    [Fact]
    public void DecodeFile_reads_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policykb-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "# KẾ HOẠCH\n", new UTF8Encoding(false));
        try
        {
            var line = Assert.Single(_decoders.DecodeFile(path).Lines);
            Assert.Equal(("KẾ HOẠCH", 1), (line.Text, line.HeadingLevel));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_failing_stream_becomes_a_decoding_exception()
    {
        var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new FailingStream(), "a.txt"));
        Assert.Contains("không đọc được tệp", error.Reason);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk error");
    }
}
