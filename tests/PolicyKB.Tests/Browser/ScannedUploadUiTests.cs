using Microsoft.Playwright;
using PolicyKB.Tests.Ocr;
using PolicyKB.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>Uploading a scan in the browser: OCR page progress while the server reads it, then the OCR record.</summary>
public sealed class ScannedUploadUiTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly TempDirectory _dir = new();

    [ChromiumFact]
    public async Task A_scanned_upload_shows_the_page_being_recognised_then_the_ocr_pages_and_confidence()
    {
        if (!File.Exists("/usr/bin/ocrmypdf") || !File.Exists("/usr/bin/img2pdf"))
        {
            output.WriteLine("ocrmypdf or img2pdf missing: apt-get install -y ocrmypdf tesseract-ocr-vie img2pdf (.ci/run installs them)");
            return;
        }
        var (pdf, _) = OcrTestSet.Make(OcrTestSet.Scans[0], _dir.Path);
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/admin");
        await page.Locator("#api-key").FillAsync(Web.PolicyKbApplicationBase.ApiKey);

        await page.Locator("#upload-input").SetInputFilesAsync(new FilePayload { Name = "ban-quet.pdf", MimeType = "application/pdf", Buffer = File.ReadAllBytes(pdf) });

        var progress = page.Locator(".upload__msg").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"OCR trang \d/2") });
        await progress.WaitForAsync(new() { Timeout = 60_000 });
        output.WriteLine(await progress.InnerTextAsync());
        await page.Locator(".upload .badge--ok").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Matches(@"Nhận dạng ký tự \(OCR\): 2/2 trang, độ tin cậy trung bình \d+ %", await page.Locator(".upload").InnerTextAsync());

        await page.Locator(".upload a", new() { HasText = "Mở văn bản" }).ClickAsync();
        var row = page.Locator(".meta-grid dt", new() { HasText = "Nhận dạng ký tự (OCR)" });
        await row.WaitForAsync();
        Assert.Matches(@"2/2 trang, độ tin cậy trung bình \d+ %", await row.Locator("xpath=following-sibling::dd[1]").InnerTextAsync());
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "ocr-document-info"));
        Assert.Empty(problems);
    }

    public void Dispose() => _dir.Dispose();
}
