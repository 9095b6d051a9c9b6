using System.Text.Json;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ocr;

/// <summary>Ingesting a scan from the command line: page progress while OCR runs, and the OCR record after.</summary>
public sealed class ScannedIngestCliTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [ConverterFact]
    public void A_scanned_pdf_shows_page_progress_with_time_left_and_is_stored_with_its_ocr_pages_and_confidence()
    {
        var (pdf, _) = OcrTestSet.Make(OcrTestSet.Scans[0], _dir.Path);
        var data = _dir.File("data");

        // Its own process, reading pages one after another, so that the first page ends before the second and its line
        // carries the time left whatever the number of cores.
        var ingest = CliProcess.Run(new Dictionary<string, string> { ["PolicyKB__Ingestion__Decoding__OcrJobs"] = "1" }, "ingest", pdf, "--data", data);
        var listed = CliRunner.Run("documents", "--data", data);
        var json = JsonDocument.Parse(CliRunner.Run("documents", "--json", "--data", data).Out).RootElement;

        output.WriteLine(ingest.Out + ingest.Error + listed.Out);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("OCR trang 1/2", ingest.Error);
        Assert.Matches(@"OCR trang 2/2 — còn khoảng \d+ s", ingest.Error);
        Assert.Matches(@"Nhận dạng ký tự \(OCR\): 2/2 trang, độ tin cậy trung bình \d+ %", ingest.Out);
        Assert.Matches(@"OCR 2/2 trang, độ tin cậy trung bình \d+ %", listed.Out);
        var ocr = Assert.Single(json.EnumerateArray()).GetProperty("ocr");
        Assert.Equal([1, 2], ocr.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()));
        Assert.InRange(ocr.GetProperty("meanConfidence").GetDouble(), 80, 100); // measured 95.6 on this 300 dpi scan
        Assert.False(ocr.GetProperty("lowConfidence").GetBoolean());
    }

    public void Dispose() => _dir.Dispose();
}
