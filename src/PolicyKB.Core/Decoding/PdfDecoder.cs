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
        try
        {
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            using var document = PdfDocument.Open(bytes, options);
            return Read(document, fileName);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DecodingException(fileName, "tệp PDF được mã hoá (có mật khẩu); hãy gỡ mật khẩu rồi tải lại", ex);
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            throw new DecodingException(fileName, $"{CorruptReason} ({ex.Message})", ex);
        }
    }

    private static DecodedText Read(PdfDocument document, string fileName)
    {
        var lines = new List<SourceLine>();
        var warnings = new List<string>();
        var pagesWithText = 0;
        var pageCount = document.NumberOfPages;
        if (pageCount == 0) throw new DecodingException(fileName, "tệp PDF không có trang nào");
        for (var number = 1; number <= pageCount; number++)
        {
            string text;
            try
            {
                text = PageText(document.GetPage(number));
            }
            catch (Exception ex) when (ex is not DecodingException)
            {
                // One damaged page should not lose the whole document.
                warnings.Add($"trang {number} không đọc được ({ex.Message})");
                continue;
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                warnings.Add($"trang {number} không có lớp chữ (có thể là ảnh quét), cần nhận dạng ký tự (OCR) cho trang này");
                continue;
            }
            pagesWithText++;
            foreach (var line in text.Split('\n'))
            {
                lines.Add(new SourceLine(lines.Count + 1, Clean(line)) { Page = number });
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

    private static string PageText(Page page) =>
        page.Letters.Count == 0 ? string.Empty : ContentOrderTextExtractor.GetText(page, ExtractorOptions);

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
