namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// A photo or scan of a page (.png, .jpg, .tif): wrapped into a PDF and recognised by <see cref="OcrEngine"/>, then read
/// as a PDF. Refused, naming the package to install, when ocrmypdf is missing.
/// </summary>
public sealed class ImageDecoder : IContentDecoder
{
    private readonly PdfDecoder _pdf;
    private readonly OcrEngine _ocr;

    /// <summary>Creates the decoder with the given limits.</summary>
    public ImageDecoder(DecodingLimits limits)
    {
        _pdf = new PdfDecoder(limits);
        _ocr = new OcrEngine(limits);
    }

    /// <inheritdoc />
    public string Format => "image";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <inheritdoc />
    public bool Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])
        || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || head.StartsWith((ReadOnlySpan<byte>)[(byte)'I', (byte)'I', 42, 0])
        || head.StartsWith((ReadOnlySpan<byte>)[(byte)'M', (byte)'M', 0, 42]);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var bytes = ContentBytes.ReadAll(content, fileName);
        ContentBytes.RequireContent(bytes, fileName);
        if (!Sniff(bytes)) throw new DecodingException(fileName, "tệp ảnh bị hỏng hoặc không phải ảnh PNG, JPEG hay TIFF");
        var extension = Path.GetExtension(fileName).ToLowerInvariant() is { Length: > 0 } e && Extensions.Contains(e) ? e : ".png";
        var recognized = _ocr.Recognize(bytes, extension, fileName);
        var decoded = _pdf.Decode(new MemoryStream(recognized.Pdf, writable: false), fileName);
        var pageCount = decoded.Lines.Max(l => l.Page) ?? 1;
        return new DecodedText("image+ocr", decoded.Lines)
        {
            Warnings = ["đã nhận dạng ký tự (OCR) từ ảnh — hãy đối chiếu với bản gốc", .. decoded.Warnings],
            Ocr = recognized.ToRecord(pageCount),
        };
    }
}
