namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// PDFs, with OCR for the pages that have no text layer: the PDF is read as is first, and only when a page has no text
/// (a scan, a stamped signature page) is it put through <see cref="OcrEngine"/> and read again. The document's format
/// becomes "pdf+ocr" and a warning says how many pages were recognised, so OCR'd text (and its typical errors) is known.
/// Without ocrmypdf installed such a PDF is refused, naming the package to install.
/// </summary>
public sealed class OcrPdfDecoder : IContentDecoder
{
    private const string PageNeedsOcr = "cần nhận dạng ký tự (OCR)";
    private readonly PdfDecoder _pdf;
    private readonly OcrEngine _ocr;

    /// <summary>Creates the decoder with the given limits.</summary>
    public OcrPdfDecoder(DecodingLimits limits)
    {
        _pdf = new PdfDecoder(limits);
        _ocr = new OcrEngine(limits);
    }

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions => _pdf.Extensions;

    /// <inheritdoc />
    public bool Sniff(ReadOnlySpan<byte> head) => _pdf.Sniff(head);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var bytes = ContentBytes.ReadAll(content, fileName);
        DecodedText first;
        try
        {
            first = _pdf.Decode(new MemoryStream(bytes, writable: false), fileName);
        }
        catch (DecodingException ex) when (ex.Reason == PdfDecoder.NeedsOcrReason)
        {
            if (!OcrEngine.IsInstalled) throw new DecodingException(fileName, PdfDecoder.NeedsOcrReason + "; quản trị viên hãy cài gói ocrmypdf và tesseract-ocr-vie để PolicyKB tự nhận dạng", ex);
            return Recognized(bytes, fileName);
        }
        var blankPages = first.Warnings.Count(w => w.Contains(PageNeedsOcr, StringComparison.Ordinal));
        return blankPages == 0 || !OcrEngine.IsInstalled ? first : Recognized(bytes, fileName);
    }

    private DecodedText Recognized(byte[] bytes, string fileName)
    {
        var recognized = _ocr.Recognize(bytes, ".pdf", fileName);
        var decoded = _pdf.Decode(new MemoryStream(recognized, writable: false), fileName);
        var pages = decoded.Lines.Select(l => l.Page).Distinct().Count();
        return new DecodedText("pdf+ocr", decoded.Lines)
        {
            Warnings = [$"đã nhận dạng ký tự (OCR) cho các trang không có lớp chữ; {pages} trang có chữ — hãy đối chiếu với bản gốc", .. decoded.Warnings],
        };
    }
}
