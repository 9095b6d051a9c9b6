using System.IO.Compression;
using System.Xml;
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
    private readonly DecodingLimits _limits;

    /// <summary>Reason given for a file that is not a readable .docx.</summary>
    internal const string CorruptReason = "tệp .docx bị hỏng hoặc không phải Word (không đọc được word/document.xml)";

    /// <summary>Creates the decoder with the default limits.</summary>
    public WordDecoder() : this(DecodingLimits.Default) { }

    /// <summary>Creates the decoder with the given limits.</summary>
    public WordDecoder(DecodingLimits limits) => _limits = limits;

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
        var budget = new DecodingBudget(_limits, fileName);
        CheckEntrySizes(bytes, budget);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // The SDK refuses a part past this many characters while parsing it, before its XML tree grows (about
            // 28 bytes of tree per character: the 90 M-character part took 2.56 GB).
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = _limits.MaxXmlPartCharacters };
            using var document = WordprocessingDocument.Open(stream, false, settings);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new DecodingException(fileName, CorruptReason);
            budget.CheckTime("đọc XML của tài liệu");
            var styles = new WordStyles(main!.StyleDefinitionsPart?.Styles);
            var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering);
            var lines = new WordBodyReader(styles, numbering, budget).Read(body);
            var warnings = lines.All(l => l.IsBlank) ? new[] { "tài liệu Word không có chữ nào" } : [];
            return new DecodedText("docx", lines) { Warnings = warnings };
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            if (IsPartLimit(ex)) throw new DecodingException(fileName, PartTooLarge(_limits.MaxXmlPartCharacters), ex);
            throw new DecodingException(fileName, CorruptReason, ex);
        }
    }

    private static string PartTooLarge(long limit) =>
        $"tài liệu Word có phần XML quá lớn (hơn {DecodingLimits.Format(limit)} ký tự), có thể là bom nén; hãy tách thành nhiều tệp nhỏ hơn";

    /// <summary>
    /// Refuses from the ZIP directory alone, before anything is unzipped: an entry declaring more bytes than the
    /// limit (a zip bomb), or an XML part too large to hold under the character limit (UTF-8 spends at most three
    /// bytes on a character). A directory that lies is still caught by the SDK's character limit.
    /// </summary>
    private static void CheckEntrySizes(byte[] bytes, DecodingBudget budget)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new DecodingException(budget.FileName, CorruptReason, ex);
        }
        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > budget.Limits.MaxZipEntryBytes)
                {
                    budget.Refuse($"tệp .docx có thành phần {entry.FullName} giải nén ra hơn {DecodingLimits.Format(budget.Limits.MaxZipEntryBytes / 1024 / 1024)} MB, có thể là bom nén");
                }
                var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                if (isXml && entry.Length / 3 > budget.Limits.MaxXmlPartCharacters) budget.Refuse(PartTooLarge(budget.Limits.MaxXmlPartCharacters));
            }
        }
    }

    /// <summary>The SDK's MaxCharactersInPart surfaces as the XmlReader's MaxCharactersInDocument error.</summary>
    private static bool IsPartLimit(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is XmlException && e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
