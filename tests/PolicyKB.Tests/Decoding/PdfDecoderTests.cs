using System.Text;
using PolicyKB.Decoding;

namespace PolicyKB.Tests.Decoding;

public sealed class PdfDecoderTests
{
    private readonly PdfDecoder _decoder = new();

    [Fact]
    public void Reads_lines_per_page_with_running_numbers_and_page_set()
    {
        var pdf = PdfFactory.Create(
            ["KE HOACH", "Thuc hien phong trao thi dua"],
            ["I. MUC DICH", "1. Dong vien toan the can bo"]);

        var decoded = _decoder.Decode(new MemoryStream(pdf), "kh.pdf");

        Assert.Equal("pdf", decoded.Format);
        var text = decoded.Lines.Where(l => !l.IsBlank).ToList();
        Assert.Equal(["KE HOACH", "Thuc hien phong trao thi dua", "I. MUC DICH", "1. Dong vien toan the can bo"], text.Select(l => l.Text));
        Assert.Equal([1, 1, 2, 2], text.Select(l => l.Page ?? 0));
        Assert.Equal(Enumerable.Range(1, decoded.Lines.Count), decoded.Lines.Select(l => l.Number));
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void A_pdf_without_any_text_layer_needs_ocr()
    {
        var error = Assert.Throws<DecodingException>(() => _decoder.Decode(new MemoryStream(PdfFactory.Create([], [])), "scan.pdf"));
        Assert.Equal("scan.pdf", error.FileName);
        Assert.Contains("cần nhận dạng ký tự (OCR)", error.Reason);
    }

    [Fact]
    public void A_page_without_text_in_a_textual_pdf_is_a_warning()
    {
        var decoded = _decoder.Decode(new MemoryStream(PdfFactory.Create(["Trang mot"], [])), "a.pdf");
        Assert.Equal("Trang mot", Assert.Single(decoded.Lines, l => !l.IsBlank).Text);
        Assert.Contains("trang 2", Assert.Single(decoded.Warnings));
    }

    [Fact]
    public void A_truncated_pdf_decodes_or_is_refused_with_a_decoding_exception()
    {
        var pdf = PdfFactory.Create(["Dieu 1. Pham vi dieu chinh"]);
        foreach (var length in new[] { 8, pdf.Length / 3, pdf.Length / 2, pdf.Length - 40 })
        {
            try
            {
                var decoded = _decoder.Decode(new MemoryStream(pdf[..length]), "cut.pdf");
                Assert.NotNull(decoded); // lenient parsing may still recover the text; that is fine
            }
            catch (DecodingException error)
            {
                Assert.Equal("cut.pdf", error.FileName);
            }
        }
    }

    [Fact]
    public void An_encrypted_pdf_asks_to_remove_the_password()
    {
        var pdf = Encoding.Latin1.GetString(PdfFactory.Create(["Bi mat"]));
        var o = new string('1', 64);
        var encrypt = $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <{o}> /U <{o}> >> /ID [<{o[..32]}> <{o[..32]}>] ";
        var damaged = Encoding.Latin1.GetBytes(pdf.Replace("/Root", encrypt + "/Root"));
        var error = Assert.Throws<DecodingException>(() => _decoder.Decode(new MemoryStream(damaged), "mat.pdf"));
        Assert.Contains("mật khẩu", error.Reason);
    }

    [Fact]
    public void Sniff_looks_for_the_pdf_header()
    {
        Assert.True(_decoder.Sniff("%PDF-1.7\n"u8));
        Assert.False(_decoder.Sniff("PDF-1.7"u8));
    }
}
