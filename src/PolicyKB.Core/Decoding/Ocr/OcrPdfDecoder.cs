namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// PDFs, deciding page by page whether to trust the text layer: the PDF is read as is first, each page's text is
/// judged by <see cref="PageTextQuality"/>, and only the pages with no text or a garbage text layer (symbols, broken
/// characters, wrong font encoding) are put through <see cref="OcrEngine"/>; the other pages keep their own text.
/// The document's format becomes "pdf+ocr" and a warning lists the recognised pages and why, so OCR'd text (and its
/// typical errors) is known. Without ocrmypdf installed, a PDF with no text at all is refused naming the package to
/// install, and a PDF with some bad pages is kept as read, with the warning.
/// </summary>
public sealed class OcrPdfDecoder : IContentDecoder
{
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
            // Only pages with an image can hold scanned text; a PDF of blank pages is refused without running OCR.
            var scanned = PdfDecoder.PagesWithImages(bytes);
            if (scanned is { Count: 0 })
            {
                var pageCount = PdfDecoder.CountPages(bytes);
                throw new DecodingException(fileName, $"tệp PDF chỉ có trang trắng ({DecodingLimits.Format(pageCount)} trang, không có chữ cũng không có ảnh quét); hãy kiểm tra lại tệp gốc", ex);
            }
            if (!OcrEngine.IsInstalled) throw new DecodingException(fileName, PdfDecoder.NeedsOcrReason + "; quản trị viên hãy cài gói ocrmypdf và tesseract-ocr-vie để PolicyKB tự nhận dạng", ex);
            return Recognized(bytes, fileName, scanned is null || scanned.Count == PdfDecoder.CountPages(bytes) ? null : scanned, "không có lớp chữ");
        }
        var bad = BadPages(first);
        if (bad.Count == 0) return first;
        var summary = string.Join("; ", bad.GroupBy(p => p.Value.Reason).Select(g => $"trang {string.Join(", ", g.Select(p => p.Key))}: {g.Key}"));
        if (!OcrEngine.IsInstalled)
        {
            return first with { Warnings = [.. first.Warnings, $"cần nhận dạng ký tự (OCR) — {summary}; quản trị viên hãy cài gói ocrmypdf và tesseract-ocr-vie"] };
        }
        return Recognized(bytes, fileName, bad.Keys.ToList(), summary);
    }

    /// <summary>Pages to recognise: those the PDF decoder found without text, and those whose text layer is garbage.</summary>
    private static SortedDictionary<int, PageTextVerdict> BadPages(DecodedText first)
    {
        var bad = new SortedDictionary<int, PageTextVerdict>();
        foreach (var warning in first.Warnings)
        {
            // The PDF decoder's warning for a page with no text: "trang N không có lớp chữ ...".
            if (!warning.Contains("không có lớp chữ", StringComparison.Ordinal)) continue;
            var parts = warning.Split(' ', 3);
            if (parts.Length > 1 && int.TryParse(parts[1], out var page)) bad[page] = new PageTextVerdict(PageTextState.Empty, 0, 0, 0);
        }
        foreach (var page in first.Lines.Where(l => l.Page is not null).GroupBy(l => l.Page!.Value))
        {
            var verdict = PageTextQuality.Judge(string.Join("\n", page.Select(l => l.Text)));
            if (verdict.NeedsOcr) bad[page.Key] = verdict;
        }
        return bad;
    }

    private DecodedText Recognized(byte[] bytes, string fileName, IReadOnlyCollection<int>? pages, string summary)
    {
        var pageCount = PdfDecoder.CountPages(bytes);
        var recognized = _ocr.Recognize(bytes, ".pdf", fileName, pages, pageCount);
        var decoded = _pdf.Decode(new MemoryStream(recognized.Pdf, writable: false), fileName);
        var which = pages is null ? $"{decoded.Lines.Select(l => l.Page).Distinct().Count()} trang có chữ" : $"{pages.Count} trang";
        return new DecodedText("pdf+ocr", decoded.Lines)
        {
            Warnings = [$"đã nhận dạng ký tự (OCR) {which} ({summary}) — hãy đối chiếu với bản gốc", .. decoded.Warnings],
            Ocr = recognized.ToRecord(pageCount, pages),
        };
    }
}
