using PolicyKB.Tests.Support;
using PolicyKB.Text;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// Heading and citation recall of scanned documents against their text versions (<see cref="OcrHeadingSet"/>): each
/// document is typeset, scanned, OCR'd and ingested by the real steps, and its clause tree compared with the one its
/// own text gives. The CI test runs the short subset with floors below the measured figures; the full measure runs
/// from <c>tools/ocr-testset/heading_recall.sh</c> and prints dev and test figures with and without the OCR heading repair.
/// </summary>
public sealed class OcrHeadingRecallTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [ConverterFact]
    public void Scanned_documents_keep_the_headings_and_citations_of_their_text_versions()
    {
        if (SharedData.CorpusDirectory is null) return;
        var total = HeadingRecall.Empty;
        foreach (var scan in OcrHeadingSet.Ci)
        {
            total += Measure(scan, null, null);
        }
        output.WriteLine($"CI subset: {total}");
        // Measured 2026-12-05 (Tesseract 5.3 vie+eng): before the OCR heading repair headings 14/29 = 0.483, citations
        // 10/14 = 0.714; with it, the corpus file's "**" typeset as printed and "QD UBND" read: headings 23/29 = 0.793,
        // citations 14/14. Floors below the measured figures.
        Assert.True(total.HeadingRate >= 0.75, $"heading recall {total}");
        Assert.True(total.CitationRate >= 0.85, $"citation recall {total}");
    }

    [OcrMeasureFact]
    public void Full_measure_of_heading_and_citation_recall_per_split()
    {
        // Decoded once per scan: both figures repair the same OCR output.
        var cache = Environment.GetEnvironmentVariable(OcrMeasureFactAttribute.Variable) is { Length: > 1 } folder ? folder : Path.Combine(_dir.Path, "decoded");
        var without = new TextRepairer(TextRepairer.CreateDefault().Steps.Where(s => !OcrHeadingSteps.Contains(s.Name)));
        var before = new Dictionary<string, HeadingRecall>();
        var after = new Dictionary<string, HeadingRecall>();
        foreach (var scan in OcrHeadingSet.Full)
        {
            if (scan.Source.StartsWith("../", StringComparison.Ordinal) && SharedData.CorpusDirectory is null) continue;
            var was = Measure(scan, cache, without);
            var now = Measure(scan, cache, null);
            before[scan.Split] = before.GetValueOrDefault(scan.Split, HeadingRecall.Empty) + was;
            after[scan.Split] = after.GetValueOrDefault(scan.Split, HeadingRecall.Empty) + now;
            output.WriteLine($"{scan.Split} {scan.Name}: without OCR heading repair {was}; with {now}");
            foreach (var lost in now.Lost) output.WriteLine("    lost " + lost);
        }
        foreach (var split in after.Keys)
        {
            output.WriteLine($"{split}: without OCR heading repair {before[split]}; with {after[split]}");
        }
        Assert.NotEmpty(after);
    }

    /// <summary>The repair steps the full measure leaves out for its "without" figure.</summary>
    private static readonly HashSet<string> OcrHeadingSteps = ["ocr-headings"];

    private HeadingRecall Measure(OcrTestSet.Scan scan, string? cache, TextRepairer? repairer)
    {
        var folder = Path.Combine(_dir.Path, scan.Name);
        var pdf = Path.Combine(folder, scan.Name + ".pdf");
        var pages = File.Exists(pdf) ? Directory.GetFiles(folder, "*.txt").Length : OcrTestSet.Make(scan, folder).PageTexts.Count;
        var source = Path.GetFullPath(scan.Source.Contains('/') ? Path.Combine(SharedData.RepositoryRoot, scan.Source) : Path.Combine(SharedData.ContentDirectory, scan.Source));
        var text = IngestedTree.Of(source);
        var scanned = IngestedTree.Of(pdf, cache, CacheKey(scan, folder), repairer);
        Assert.Equal("pdf+ocr", scanned.Format);
        var recall = HeadingRecall.Compare(text, scanned);
        output.WriteLine($"{scan.Split} {scan.Name}: {pages} page(s), {recall}");
        return recall;
    }

    /// <summary>
    /// What makes a scan's pages: the text typeset on each page (make_scans.py writes it beside the PDF) and the scan
    /// settings. The PDF's own bytes carry its creation time, so they differ on every run.
    /// </summary>
    private static string CacheKey(OcrTestSet.Scan scan, string folder)
    {
        var pages = Directory.GetFiles(folder, scan.Name + "-p*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes);
        var settings = System.Text.Encoding.UTF8.GetBytes($"{scan.Dpi} {scan.Seed} {scan.Quality}");
        var hash = System.Security.Cryptography.SHA256.HashData([.. pages, .. settings]);
        return $"{scan.Name}-{Convert.ToHexString(hash)[..16]}";
    }

    public void Dispose() => _dir.Dispose();
}
