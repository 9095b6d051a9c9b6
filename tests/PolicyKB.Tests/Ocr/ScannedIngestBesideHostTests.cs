using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// <c>policykb ingest</c> beside a running host sends a scan through the host's API and still shows the OCR page by
/// page, as a local ingest does: the CLI follows GET /api/ingest/progress/{id} while its upload runs.
/// </summary>
public sealed class ScannedIngestBesideHostTests(PageAfterPageOcrHost app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PageAfterPageOcrHost>, IDisposable
{
    private readonly TempDirectory _dir = new();

    [ConverterFact]
    public void A_scan_sent_through_a_running_host_shows_page_progress_with_time_left_and_is_stored_with_its_ocr_record()
    {
        var address = app.BaseAddress; // starts Kestrel, which records its address in the data folder's owner file
        var (pdf, _) = OcrTestSet.Make(OcrTestSet.Scans[0], _dir.Path);

        var ingest = CliProcess.Run(new Dictionary<string, string> { ["POLICYKB_API_KEY"] = PolicyKbApplicationBase.ApiKey },
            "ingest", pdf, "--data", app.DataDirectory);

        output.WriteLine(ingest.Error + ingest.Out);
        Assert.True(ingest.ExitCode == 0, ingest.Error + ingest.Out);
        Assert.Contains(address, ingest.Error);
        // Pages are recognised side by side (one job per core), so on an idle machine both may finish between two polls
        // and page 1 is never reported on its own; the file's line and the last page's estimate always are.
        Assert.Contains($"{Path.GetFileName(pdf)}: OCR trang ", ingest.Error);
        Assert.Matches(@"OCR trang 2/2 — còn khoảng \d+ s", ingest.Error);
        Assert.Contains("1 tệp: 1 đã nạp", ingest.Out);
        Assert.Matches(@"Nhận dạng ký tự \(OCR\): 2/2 trang, độ tin cậy trung bình \d+ %", ingest.Out);
    }

    public void Dispose() => _dir.Dispose();
}
