using PolicyKB.Decoding;
using PolicyKB.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyKB.Tests.Ocr;

/// <summary>A PDF mixing good pages and pages with a garbage text layer: only the bad pages are recognised.</summary>
public sealed class PageByPageOcrTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const string GoodLine = "Ke hoach nay duoc gui toi cac so, ban, nganh de thuc hien nghiem tuc.";
    private readonly TempDirectory _dir = new();

    [ConverterFact]
    public void A_scanned_page_under_a_tcvn3_text_layer_is_recognised_again_while_the_good_page_keeps_its_text()
    {
        // The 300 dpi scan: ocrmypdf rasterises a page with text objects at 400 dpi or more, and upsampling a noisy
        // 200 dpi scan costs accuracy that a real broken-font page (crisp vector glyphs) does not lose.
        var scan = OcrTestSet.Scans[0];
        var (_, pages) = OcrTestSet.Make(scan, _dir.Path);
        var jpeg = File.ReadAllBytes(Path.Combine(_dir.Path, $"{scan.Name}-p1.jpg"));
        var pdf = _dir.File("mixed.pdf");
        File.WriteAllBytes(pdf, MixedPdf(jpeg));

        var decoded = ContentDecoders.CreateDefault().DecodeFile(pdf);

        Assert.Equal("pdf+ocr", decoded.Format);
        Assert.Contains(decoded.Warnings, w => w.Contains("OCR", StringComparison.Ordinal) && w.Contains("trang 2: lớp chữ sai mã phông", StringComparison.Ordinal));
        Assert.Equal(GoodLine, Assert.Single(decoded.Lines, l => l.Page == 1 && l.Text.Length > 0).Text);
        var page2 = string.Join("\n", decoded.Lines.Where(l => l.Page == 2).Select(l => l.Text));
        var cer = CharacterErrorRate.Of(pages[0], page2);
        output.WriteLine($"page 2 CER after OCR {cer:P2}; warnings: {string.Join(" | ", decoded.Warnings)}");
        Assert.True(cer < 0.03, $"CER {cer:P2}"); // measured 0.77 %
        Assert.DoesNotContain("ho¹ch", page2, StringComparison.Ordinal);
    }

    /// <summary>Page 1: born-digital text. Page 2: a scan with an invisible TCVN3-encoded text layer over it, as old tools made.</summary>
    private static byte[] MixedPdf(byte[] jpeg)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        // A TrueType font with a Unicode map, so the Latin-1 letters of the TCVN3 layer read back as written.
        var latin = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        builder.AddPage(PageSize.A4).AddText(GoodLine, 11, new PdfPoint(60, 780), font);
        var scanned = builder.AddPage(PageSize.A4);
        scanned.AddJpeg(jpeg, new PdfRectangle(0, 0, scanned.PageSize.Width, scanned.PageSize.Height));
        scanned.SetTextRenderingMode(TextRenderingMode.Neither);
        string[] garbage = ["Thùc hiÖn KÕ ho¹ch sè 15/KH-UBND ngµy 19/01/2021 cña UBND tØnh", "Hµ TÜnh vÒ tæ chøc phong trµo thi ®ua thùc hiÖn nhiÖm vô"];
        for (var i = 0; i < garbage.Length; i++) scanned.AddText(garbage[i], 11, new PdfPoint(60, 760 - 14 * i), latin);
        return builder.Build();
    }

    public void Dispose() => _dir.Dispose();
}
