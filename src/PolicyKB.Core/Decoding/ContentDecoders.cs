namespace PolicyKB.Decoding;

/// <summary>
/// The set of decoders (Kernel Memory style: one small decoder per format, registered together). Picks the
/// decoder by extension, then checks the content really is that format, so a renamed or damaged upload
/// gets a clear Vietnamese reason instead of garbage text. A .txt that is really Markdown (the
/// legal-database exports) is decoded as Markdown.
/// </summary>
public sealed class ContentDecoders
{
    private readonly Dictionary<string, IContentDecoder> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly DecodingLimits _limits;

    /// <summary>Registers the decoders; a later decoder does not replace an earlier one for the same extension.</summary>
    /// <param name="decoders">The decoders, in order of preference.</param>
    /// <param name="limits">Limits every decoded file is held to (default <see cref="DecodingLimits.Default"/>).</param>
    public ContentDecoders(IEnumerable<IContentDecoder> decoders, DecodingLimits? limits = null)
    {
        _limits = limits ?? DecodingLimits.Default;
        All = [.. decoders];
        foreach (var decoder in All)
        {
            foreach (var extension in decoder.Extensions) _byExtension.TryAdd(extension, decoder);
        }
    }

    /// <summary>The registered decoders, in registration order.</summary>
    public IReadOnlyList<IContentDecoder> All { get; }

    /// <summary>The supported extensions, for messages and upload dialogs (".txt, .md, .markdown, .docx, .pdf").</summary>
    public string SupportedExtensions => string.Join(", ", _byExtension.Keys);

    /// <summary>Text, Markdown, Word and PDF decoders, each enforcing <paramref name="limits"/> while it decodes.</summary>
    public static ContentDecoders CreateDefault(DecodingLimits? limits = null)
    {
        limits ??= DecodingLimits.Default;
        return new([
            new TextFileDecoder(limits), new MarkdownDecoder(limits), new WordDecoder(limits), new Ocr.OcrPdfDecoder(limits),
            new LegacyWordDecoder(limits), new Ocr.ImageDecoder(limits),
        ], limits);
    }

    /// <summary>
    /// Null when <paramref name="content"/> looks like the format its name says, else the reason it does not (the
    /// same words <see cref="Decode(Stream, string)"/> would refuse it with), so an upload check and the pipeline agree.
    /// </summary>
    public string? ContentProblem(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (!_byExtension.TryGetValue(extension, out var decoder) || content.IsEmpty || decoder.Sniff(content)) return null;
        return ContentMismatch.Reason(decoder, extension, content);
    }

    /// <summary>Decodes an upload. Throws <see cref="DecodingException"/> only, whatever the bytes.</summary>
    /// <param name="content">The file content (read to the end; not disposed).</param>
    /// <param name="fileName">The file name as uploaded; its extension selects the decoder.</param>
    public DecodedText Decode(Stream content, string fileName)
    {
        fileName ??= string.Empty;
        Select(fileName, out _); // unknown extensions are refused before reading
        return Decode(ContentBytes.ReadAll(content, fileName), fileName);
    }

    /// <summary>Decodes an upload already read into memory (the bytes are not changed); throws <see cref="DecodingException"/> only.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="fileName">The file name as uploaded; its extension selects the decoder.</param>
    public DecodedText Decode(byte[] bytes, string fileName)
    {
        fileName ??= string.Empty;
        var decoder = Select(fileName, out var extension);
        ContentBytes.RequireContent(bytes, fileName);
        if (!decoder.Sniff(bytes)) throw new DecodingException(fileName, ContentMismatch.Reason(decoder, extension, bytes));
        try
        {
            if (decoder is TextFileDecoder && All.OfType<MarkdownDecoder>().Any())
            {
                var budget = new DecodingBudget(_limits, fileName);
                var text = TextFileDecoder.ReadText(bytes, budget, out var warnings, out var starts);
                return MarkdownContent.LooksLikeMarkdown(text, starts)
                    ? MarkdownDecoder.FromText(text, warnings, budget)
                    : TextFileDecoder.FromText(text, warnings, starts);
            }
            return WithinLimits(decoder.Decode(new MemoryStream(bytes, writable: false), fileName), fileName);
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            // Decoders registered by others may leak their library's exceptions; the contract stays.
            throw new DecodingException(fileName, $"không đọc được tệp {extension} ({ex.Message})", ex);
        }
    }

    /// <summary>Decodes a file on disk; the message names the file without its folder.</summary>
    public DecodedText DecodeFile(string path)
    {
        var fileName = string.IsNullOrEmpty(path) ? string.Empty : Path.GetFileName(path);
        if (string.IsNullOrWhiteSpace(path)) throw new DecodingException(fileName, "chưa chọn tệp (đường dẫn trống)");
        Select(fileName, out _); // unknown extensions are refused before touching the disk
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DecodingException(fileName, "không tìm thấy tệp", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DecodingException(fileName, "không có quyền đọc tệp", ex);
        }
        catch (Exception ex)
        {
            throw new DecodingException(fileName, $"không mở được tệp ({ex.Message})", ex);
        }
        using (stream) return Decode(stream, fileName);
    }

    /// <summary>
    /// Holds any decoder's output (one registered by others included) to the limits, so the steps after decoding
    /// (repair, layout, parse, cite, index) never see more than the limits allow; the built-in decoders have
    /// already refused such a file while decoding it.
    /// </summary>
    private DecodedText WithinLimits(DecodedText decoded, string fileName)
    {
        var budget = new DecodingBudget(_limits with { MaxDecodeSeconds = double.MaxValue }, fileName);
        foreach (var line in decoded.Lines) budget.AddLine(line.Text);
        return decoded;
    }

    private IContentDecoder Select(string fileName, out string extension)
    {
        extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (_byExtension.TryGetValue(extension, out var decoder)) return decoder;
        var reason = extension.Length == 0
            ? $"tệp không có đuôi nên không biết định dạng; chỉ hỗ trợ {SupportedExtensions}"
            : $"định dạng {extension} không được hỗ trợ; chỉ hỗ trợ {SupportedExtensions}";
        throw new DecodingException(fileName, reason);
    }
}
