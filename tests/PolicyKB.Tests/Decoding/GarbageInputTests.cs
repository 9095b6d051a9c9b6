using System.Diagnostics;
using System.Text;
using PolicyKB.Decoding;
using static PolicyKB.Tests.Decoding.DocxFactory;

namespace PolicyKB.Tests.Decoding;

/// <summary>Whatever the bytes, decoding ends in lines or a <see cref="DecodingException"/>, never anything else.</summary>
public sealed class GarbageInputTests
{
    private static readonly string[] Names = ["a.txt", "a.md", "a.markdown", "a.docx", "a.pdf"];
    private readonly ContentDecoders _decoders = ContentDecoders.CreateDefault();

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_under_every_extension(int seed)
    {
        var random = new Random(seed);
        foreach (var length in new[] { 1, 7, 100, 4096, 100_000 })
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            foreach (var name in Names) AssertDecodesOrRefuses(bytes, name);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_behind_each_magic_number(int seed)
    {
        var random = new Random(seed);
        byte[][] prefixes = ["%PDF-1.7\n"u8.ToArray(), "PK\x03\x04word/document.xml"u8.ToArray(), [0xFF, 0xFE], [0xEF, 0xBB, 0xBF]];
        foreach (var prefix in prefixes)
        {
            var bytes = new byte[prefix.Length + 2000];
            random.NextBytes(bytes);
            prefix.CopyTo(bytes, 0);
            foreach (var name in Names) AssertDecodesOrRefuses(bytes, name);
        }
    }

    [Fact]
    public void Every_decoder_directly_refuses_garbage_with_a_decoding_exception()
    {
        var bytes = new byte[3000];
        new Random(42).NextBytes(bytes);
        foreach (var decoder in _decoders.All)
        {
            Assert.Throws<DecodingException>(() => decoder.Decode(new MemoryStream(bytes), "x" + decoder.Extensions[0]));
            Assert.Throws<DecodingException>(() => decoder.Decode(new MemoryStream(), "x" + decoder.Extensions[0]));
            Assert.Throws<DecodingException>(() => decoder.Decode(null!, "x" + decoder.Extensions[0]));
        }
    }

    [Fact]
    public void Binary_renamed_txt_is_refused()
    {
        var pdf = PdfFactory.Create(["Hello"]);
        var docx = Create([Para("Xin chào")]);
        Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(pdf), "a.txt"));
        Assert.Contains("Word", Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(docx), "a.md")).Reason);
    }

    [Fact]
    public void Every_truncation_of_a_docx_and_a_pdf_ends_in_lines_or_a_decoding_exception()
    {
        var docx = Create([Para("Điều 1. Phạm vi", numId: null), Table(["a", "b"])]);
        var pdf = PdfFactory.Create(["Dieu 1. Pham vi"], ["Dieu 2. Doi tuong"]);
        foreach (var (bytes, name) in new[] { (docx, "a.docx"), (pdf, "a.pdf") })
        {
            for (var length = 1; length < bytes.Length; length += Math.Max(1, bytes.Length / 97))
            {
                AssertDecodesOrRefuses(bytes[..length], name);
            }
        }
    }

    [Fact]
    public void A_line_at_the_line_limit_is_one_line()
    {
        var limit = DecodingLimits.Default.MaxLineCharacters;
        const string Phrase = "Điều 1. Phạm vi điều chỉnh **x** | ";
        var text = string.Concat(Enumerable.Repeat(Phrase, limit / Phrase.Length + 1))[..limit];
        var txt = _decoders.Decode(new MemoryStream(Encoding.UTF8.GetBytes(text)), "dai.txt");
        var md = _decoders.Decode(new MemoryStream(Encoding.UTF8.GetBytes(text)), "dai.md");
        Assert.Equal(text.TrimEnd(), Assert.Single(txt.Lines).Text.TrimEnd());
        Assert.Single(md.Lines);
    }

    [Fact]
    public void A_five_megabyte_single_line_text_is_refused_for_its_line_length()
    {
        var text = string.Concat(Enumerable.Repeat("Điều 1. Phạm vi điều chỉnh **x** | ", 5_000_000 / 40));
        foreach (var name in new[] { "dai.txt", "dai.md" })
        {
            var error = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(Encoding.UTF8.GetBytes(text)), name));
            Assert.Contains("dòng 1 dài quá", error.Reason);
        }
    }

    [Fact]
    public void Null_file_name_is_refused_not_crashed()
    {
        Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream([65]), null!));
        Assert.Throws<DecodingException>(() => _decoders.DecodeFile(null!));
    }

    private void AssertDecodesOrRefuses(byte[] bytes, string name)
    {
        try
        {
            var decoded = _decoders.Decode(new MemoryStream(bytes), name);
            Assert.All(decoded.Lines, l => Assert.NotNull(l.Text));
        }
        catch (DecodingException error)
        {
            Assert.Equal(name, error.FileName);
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        }
    }
}
