using PolicyKB.Decoding;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ocr;

/// <summary>Damaged or disguised files that reach the converters are refused with a reason a user can act on.</summary>
public sealed class BadScanInputTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [ConverterFact]
    public void A_damaged_image_with_a_png_header_is_refused_as_damaged_in_vietnamese()
    {
        var path = _dir.File("anh-quet.png");
        var noise = new byte[3000];
        new Random(14).NextBytes(noise);
        File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. noise]);

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault().DecodeFile(path));

        output.WriteLine(error.Reason);
        Assert.Contains("bị hỏng", error.Reason);
        Assert.DoesNotContain("Error", error.Reason);
    }

    [ConverterFact]
    public void A_web_page_saved_with_a_doc_extension_is_refused_as_html_with_the_way_to_save_it_again()
    {
        var path = _dir.File("ke-hoach.doc");
        File.WriteAllText(path, "<html><head><meta charset=\"utf-8\"></head><body><p>Kế hoạch số 15/KH-UBND</p></body></html>");

        var error = Assert.Throws<DecodingException>(() => ContentDecoders.CreateDefault().DecodeFile(path));

        output.WriteLine(error.Reason);
        Assert.Contains("trang web (HTML)", error.Reason);
        Assert.Contains(".docx", error.Reason);
    }

    public void Dispose() => _dir.Dispose();
}
