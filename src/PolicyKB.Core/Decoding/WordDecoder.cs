using DocumentFormat.OpenXml.Packaging;

namespace PolicyKB.Decoding;

/// <summary>
/// Word documents (.docx) read with the Open XML SDK: paragraphs and table rows in body order, automatic
/// numbering rendered into the text (<see cref="SourceLine.ListLabel"/>), heading styles, whole-paragraph
/// bold and centring kept as <see cref="LineStyle"/> hints. <see cref="SourceLine.Number"/> counts
/// paragraphs and table rows in body order.
/// </summary>
public sealed class WordDecoder : IContentDecoder
{
    // A policy document's document.xml is a few MB; a far larger part is a zip bomb, not a document.
    private const long MaxCharactersInPart = 100_000_000;

    /// <summary>Reason given for a file that is not a readable .docx.</summary>
    internal const string CorruptReason = "tệp .docx bị hỏng hoặc không phải Word (không đọc được word/document.xml)";

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <summary>A ZIP naming word/document.xml; pass the whole file, the name is in the central directory at the end.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => FormatSignatures.IsDocx(head);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var bytes = ContentBytes.ReadAll(content, fileName);
        ContentBytes.RequireContent(bytes, fileName);
        if (FormatSignatures.IsOle(bytes))
        {
            throw new DecodingException(fileName,
                "tệp Word 97-2003 (.doc) hoặc .docx có đặt mật khẩu; hãy gỡ mật khẩu và lưu lại dưới dạng .docx");
        }
        if (!FormatSignatures.IsDocx(bytes)) throw new DecodingException(fileName, CorruptReason);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxCharactersInPart };
            using var document = WordprocessingDocument.Open(stream, false, settings);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new DecodingException(fileName, CorruptReason);
            var styles = new WordStyles(main!.StyleDefinitionsPart?.Styles);
            var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering);
            var lines = new WordBodyReader(styles, numbering).Read(body);
            var warnings = lines.All(l => l.IsBlank) ? new[] { "tài liệu Word không có chữ nào" } : [];
            return new DecodedText("docx", lines) { Warnings = warnings };
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            throw new DecodingException(fileName, CorruptReason, ex);
        }
    }
}
