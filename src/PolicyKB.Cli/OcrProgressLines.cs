using PolicyKB.Decoding.Ocr;

namespace PolicyKB.Cli;

/// <summary>
/// Writes OCR progress on standard error, one line per page ("  to-trinh.pdf: OCR trang 3/12 — còn khoảng 40 s"): OCR
/// takes seconds a page, so whoever ingests a scan sees it moving and how long is left. Reports come on the ingesting
/// thread (Report is called synchronously by the OCR engine), so lines never interleave.
/// </summary>
internal sealed class OcrProgressLines(CliConsole console) : IProgress<OcrProgress>
{
    public void Report(OcrProgress value)
    {
        var prefix = console.IsTerminal ? "\r" : "";
        console.Error.WriteLine($"{prefix}  {value.FileName}: {value.Describe()}");
    }
}
