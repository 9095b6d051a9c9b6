using PolicyKB.Decoding.External;

namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// Optical character recognition through ocrmypdf with Tesseract's Vietnamese model: it adds a text layer to the pages
/// that have none (<c>--skip-text</c> leaves pages with a text layer as they are), and wraps a page image into a PDF
/// first. PdfPig then reads the text layer as for any PDF. Tesseract also writes each page's word confidences (TSV) in
/// the same pass, which ocrmypdf keeps in the private folder (<c>--keep-temporary-files</c>) for
/// <see cref="TesseractTsv"/> to read, and which tell <see cref="OcrPageWatch"/> how far the run is.
/// </summary>
public sealed class OcrEngine
{
    // One thread per Tesseract, whatever ocrmypdf would choose: it gives a file of fewer pages than jobs several OpenMP
    // threads, and on a busy machine (a server answering searches, or other work on the same cores) those threads spin
    // waiting for each other; measured under load: 21.8 CPU seconds a page with 2 threads against 2.6 with one.
    private static readonly ExternalTool OcrMyPdf = new("ocrmypdf", "ocrmypdf tesseract-ocr-vie", new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
    // ocrmypdf's documented exit codes: 2 = the input file cannot be read, 8 = the PDF is encrypted.
    private static readonly Dictionary<int, string> ExitReasons = new()
    {
        [2] = "tệp ảnh hoặc PDF bị hỏng, không đọc được nội dung để nhận dạng ký tự (OCR); hãy quét hoặc xuất lại tệp rồi tải lên",
        [8] = "tệp PDF được mã hoá (có mật khẩu); hãy gỡ mật khẩu rồi tải lại",
    };

    // The output PDF is read once by PdfPig and thrown away, so the work ocrmypdf does to make a PDF worth keeping is
    // skipped: no PDF/A conversion through Ghostscript, no image optimisation, no linearisation for web viewing (a
    // threshold of 999999 MB turns it off). On 4 pages scanned at 300 dpi the text and the confidences stay the same
    // (tools/ocr-testset/bench_options.sh).
    private static readonly string[] Speed = ["--output-type", "pdf", "--optimize", "0", "--fast-web-view", "999999"];

    private readonly DecodingLimits _limits;

    /// <summary>Creates the engine with the given limits.</summary>
    public OcrEngine(DecodingLimits limits) => _limits = limits;

    /// <summary>True when ocrmypdf is installed.</summary>
    public static bool IsInstalled => OcrMyPdf.IsInstalled;

    /// <summary>A PDF with a text layer on every page, made from a PDF or an image (<paramref name="extension"/> says which).</summary>
    public OcrOutput Recognize(byte[] input, string extension, string fileName) => Recognize(input, extension, fileName, null, 1);

    /// <summary>
    /// A PDF whose listed <paramref name="pages"/> (1-based) are rasterised and recognised again, replacing their text
    /// layer (<c>--force-ocr</c>: a garbage layer must go); every other page is copied as it is. Without a list, pages
    /// without text are recognised and the others kept (<c>--skip-text</c>). At most <see cref="DecodingLimits.MaxOcrPages"/>
    /// pages are recognised. <paramref name="pageCount"/> (the pages of the input, 0 when unknown) sizes the progress
    /// reports sent to <see cref="OcrProgressScope.Current"/>.
    /// </summary>
    public OcrOutput Recognize(byte[] input, string extension, string fileName, IReadOnlyCollection<int>? pages, int pageCount)
    {
        var folder = ExternalTool.NewFolder();
        try
        {
            var source = Path.Combine(folder, "input" + extension);
            var output = Path.Combine(folder, "output.pdf");
            var config = Path.Combine(folder, "tsv.cfg");
            File.WriteAllBytes(source, input);
            File.WriteAllText(config, TesseractTsv.ConfigText);
            var chosen = pages?.Where(p => p > 0).Distinct().Order().Take(_limits.MaxOcrPages).ToList();
            // Pages side by side, one per core by default, each read by a single-threaded Tesseract (see OcrMyPdf): ocrmypdf's
            // authors measured page-parallel jobs faster than threads inside one Tesseract.
            var jobs = _limits.EffectiveOcrJobs.ToString(System.Globalization.CultureInfo.InvariantCulture);
            List<string> arguments = ["-l", "vie+eng", chosen is { Count: > 0 } ? "--force-ocr" : "--skip-text", .. Speed,
                "--jobs", jobs, "--quiet", "--tesseract-timeout", "180", "--tesseract-config", config, "--keep-temporary-files"];
            if (extension != ".pdf") arguments.AddRange(["--image-dpi", "300"]);
            // Pages past the limit keep no text layer and are reported as such by the PDF decoder.
            arguments.AddRange(["--pages", chosen is { Count: > 0 } ? string.Join(',', chosen) : $"1-{_limits.MaxOcrPages}"]);
            arguments.AddRange([source, output]);
            var toRecognize = chosen is { Count: > 0 } ? chosen.Count : Math.Min(pageCount, _limits.MaxOcrPages);
            var watch = OcrPageWatch.Start(folder, fileName, toRecognize);
            OcrMyPdf.Run(fileName, "nhận dạng ký tự (OCR)", arguments, folder, TimeSpan.FromSeconds(_limits.MaxConvertSeconds), _limits.MaxConvertMemoryBytes,
                ExitReasons, watch is null ? null : watch.Poll);
            if (!File.Exists(output)) throw new DecodingException(fileName, "nhận dạng ký tự (OCR) không tạo được kết quả");
            return new OcrOutput(File.ReadAllBytes(output), TesseractTsv.ReadFolder(folder));
        }
        finally
        {
            ExternalTool.DeleteFolder(folder);
        }
    }
}
