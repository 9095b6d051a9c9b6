using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace PolicyKB.Decoding;

/// <summary>
/// PDF read with PdfPig: the text layer of each page in content order, one <see cref="SourceLine"/> per
/// text line with <see cref="SourceLine.Page"/> set and a running <see cref="SourceLine.Number"/> across pages.
/// Paragraph gaps become blank lines. A PDF without any text layer (a scan) is rejected: it needs OCR.
/// </summary>
public sealed class PdfDecoder : IContentDecoder
{
    /// <summary>Reason given for a scanned PDF.</summary>
    internal const string NeedsOcrReason =
        "PDF không có lớp chữ (bản quét/ảnh), cần nhận dạng ký tự (OCR) trước khi nhập";

    private const string CorruptReason = "tệp .pdf bị hỏng hoặc không phải PDF";

    private static readonly ContentOrderTextExtractor.Options ExtractorOptions = new()
    {
        SeparateParagraphsWithDoubleNewline = true,
        ReplaceWhitespaceWithSpace = true,
    };

    private readonly DecodingLimits _limits;

    /// <summary>Creates the decoder with the default limits.</summary>
    public PdfDecoder() : this(DecodingLimits.Default) { }

    /// <summary>Creates the decoder with the given limits.</summary>
    public PdfDecoder(DecodingLimits limits) => _limits = limits;

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public bool Sniff(ReadOnlySpan<byte> head) => FormatSignatures.IsPdf(head);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var bytes = ContentBytes.ReadAll(content, fileName);
        ContentBytes.RequireContent(bytes, fileName);
        if (!FormatSignatures.IsPdf(bytes)) throw new DecodingException(fileName, CorruptReason + " (thiếu phần đầu %PDF-)");
        var budget = new DecodingBudget(_limits, fileName);
        try
        {
            var options = new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                FilterProvider = new PdfBoundedFilterProvider(budget),
            };
            using var document = PdfDocument.Open(bytes, options);
            budget.ThrowIfExceeded();
            return Read(document, budget);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DecodingException(fileName, "tệp PDF được mã hoá (có mật khẩu); hãy gỡ mật khẩu rồi tải lại", ex);
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            // A limit crossed inside PdfPig may come back wrapped in PdfPig's own exception.
            budget.ThrowIfExceeded();
            throw new DecodingException(fileName, $"{CorruptReason} ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// The pages (1-based) that hold at least one image, in order, or null when the PDF cannot be opened: a scan's text
    /// is in its images, so a page with neither text nor image is blank and nothing is gained by recognising it.
    /// </summary>
    internal static IReadOnlyList<int>? PagesWithImages(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = new List<int>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (document.GetPage(number).GetImages().Any()) pages.Add(number);
            }
            return pages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The number of pages of a PDF, or 0 when it cannot be opened (for progress reports only).</summary>
    internal static int CountPages(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return 0;
        }
    }

    private static DecodedText Read(PdfDocument document, DecodingBudget budget)
    {
        var fileName = budget.FileName;
        var lines = new List<SourceLine>();
        var warnings = new List<string>();
        var pagesWithText = 0;
        var pageCount = document.NumberOfPages;
        if (pageCount == 0) throw new DecodingException(fileName, "tệp PDF không có trang nào");
        if (pageCount > budget.Limits.MaxPages)
        {
            budget.Refuse($"tệp PDF có quá nhiều trang ({DecodingLimits.Format(pageCount)} trang, giới hạn {DecodingLimits.Format(budget.Limits.MaxPages)}); hãy tách thành nhiều tệp nhỏ hơn");
        }
        var inspector = new PdfPageInspector(document, budget);
        for (var number = 1; number <= pageCount; number++)
        {
            budget.CheckTime($"trang {number}");
            inspector.Inspect(number);
            string text;
            try
            {
                text = PageText(document.GetPage(number), number, budget);
            }
            catch (Exception ex) when (ex is not DecodingException)
            {
                // One damaged page should not lose the whole document; a limit crossed inside PdfPig still refuses it.
                budget.ThrowIfExceeded();
                warnings.Add($"trang {number} không đọc được ({ex.Message})");
                continue;
            }
            budget.ThrowIfExceeded();
            if (string.IsNullOrWhiteSpace(text))
            {
                warnings.Add($"trang {number} không có lớp chữ (có thể là ảnh quét), cần nhận dạng ký tự (OCR) cho trang này");
                continue;
            }
            pagesWithText++;
            foreach (var line in text.Split('\n'))
            {
                var clean = Clean(line);
                budget.AddLine(clean);
                lines.Add(new SourceLine(lines.Count + 1, clean) { Page = number });
            }
        }
        if (pagesWithText == 0)
        {
            throw new DecodingException(fileName, warnings.Count == pageCount && warnings.All(w => w.Contains("OCR"))
                ? NeedsOcrReason
                : CorruptReason + " (không trang nào đọc được)");
        }
        return new DecodedText("pdf", lines) { Warnings = warnings };
    }

    /// <summary>The page's text, refused before extraction when PdfPig placed more letters than a page can hold.</summary>
    private static string PageText(Page page, int number, DecodingBudget budget)
    {
        var letters = page.Letters.Count;
        if (letters == 0) return string.Empty;
        if (letters > budget.Limits.MaxLettersPerPage)
        {
            budget.Refuse($"trang {number} có quá nhiều ký tự ({DecodingLimits.Format(letters)}, giới hạn {DecodingLimits.Format(budget.Limits.MaxLettersPerPage)}), có thể là tệp độc hại");
        }
        budget.CheckTime($"trang {number}");
        return ContentOrderTextExtractor.GetText(page, ExtractorOptions);
    }

    /// <summary>Drops control characters that broken font encodings put into extracted text.</summary>
    private static string Clean(string line)
    {
        var span = line.AsSpan().TrimEnd();
        if (!span.ContainsAnyInRange('\0', '\x1F')) return span.ToString();
        return string.Create(span.Length, line, static (target, source) =>
        {
            for (var i = 0; i < target.Length; i++) target[i] = source[i] < ' ' ? ' ' : source[i];
        }).TrimEnd();
    }
}
