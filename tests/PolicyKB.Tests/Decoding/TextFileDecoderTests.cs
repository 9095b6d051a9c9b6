using System.Text;
using PolicyKB.Decoding;

namespace PolicyKB.Tests.Decoding;

public sealed class TextFileDecoderTests
{
    private readonly TextFileDecoder _decoder = new();

    [Fact]
    public void Keeps_every_line_verbatim_with_its_number_blank_lines_included()
    {
        var decoded = _decoder.Decode(DecodedTextDump.Utf8(" Hà Tĩnh, ngày 29 tháng 01 năm 2021 \n\nI. MỤC ĐÍCH.\n"), "kh.txt");
        Assert.Equal("txt", decoded.Format);
        Assert.Equal(
            ["1|| Hà Tĩnh, ngày 29 tháng 01 năm 2021 ", "2||", "3||I. MỤC ĐÍCH."],
            decoded.Lines.Select(DecodedTextDump.Dump));
        Assert.True(decoded.Lines[1].IsBlank);
        Assert.Empty(decoded.Warnings);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Reads_utf8_bom_and_utf16_with_bom(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Điều 1.\r\nQuyết định này")).ToArray();
        var decoded = _decoder.Decode(new MemoryStream(bytes), "a.txt");
        Assert.Equal(["Điều 1.", "Quyết định này"], decoded.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Rejects_binary_content_with_nul_bytes()
    {
        var error = Assert.Throws<DecodingException>(() => _decoder.Decode(new MemoryStream([0x41, 0x00, 0x42, 0x43]), "a.txt"));
        Assert.Equal("a.txt", error.FileName);
        Assert.Contains("nhị phân", error.Reason);
    }

    [Fact]
    public void Rejects_tcvn3_font_encoding_and_says_to_resave_as_utf8()
    {
        // "Điều 1. Phạm vi điều chỉnh" typed with the TCVN3 (ABC) font encoding: not UTF-8, not Windows-1258 Vietnamese.
        var bytes = Enumerable.Repeat(Encoding.Latin1.GetBytes("§iÒu 1. Ph¹m vi ®iÒu chØnh "), 20).SelectMany(b => b).ToArray();
        var error = Assert.Throws<DecodingException>(() => _decoder.Decode(new MemoryStream(bytes), "cu.txt"));
        Assert.Contains("UTF-8", error.Reason);
    }

    [Fact]
    public void A_few_invalid_bytes_are_replaced_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 500) + "x").Concat(new byte[] { 0xFF }).ToArray();
        var decoded = _decoder.Decode(new MemoryStream(bytes), "a.txt");
        Assert.EndsWith("x\uFFFD", decoded.Lines[0].Text);
        Assert.Single(decoded.Warnings);
    }

    [Fact]
    public void A_few_nul_bytes_lost_checkboxes_in_gazette_forms_are_replaced_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 3000) + "\n\0 Đầu tư theo phương thức PPP");
        var decoded = _decoder.Decode(new MemoryStream(bytes), "congbao.txt");
        Assert.Equal("\uFFFD Đầu tư theo phương thức PPP", decoded.Lines[1].Text);
        Assert.Contains("NUL", Assert.Single(decoded.Warnings));
    }

    [Fact]
    public void Empty_file_is_refused_as_empty()
    {
        var error = Assert.Throws<DecodingException>(() => _decoder.Decode(new MemoryStream(), "rong.txt"));
        Assert.Equal("tệp rỗng", error.Reason);
    }

    [Fact]
    public void Sniff_accepts_a_head_cut_inside_a_multibyte_character()
    {
        var bytes = Encoding.UTF8.GetBytes("Kế hoạch");
        Assert.True(_decoder.Sniff(bytes.AsSpan(0, 2))); // "K" + first byte of "ế"
        Assert.False(_decoder.Sniff("%PDF\0\0\0"u8));
    }
}
