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

    /// <summary>Registers the decoders; a later decoder does not replace an earlier one for the same extension.</summary>
    public ContentDecoders(IEnumerable<IContentDecoder> decoders)
    {
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

    /// <summary>Text, Markdown, Word and PDF decoders.</summary>
    public static ContentDecoders CreateDefault() =>
        new([new TextFileDecoder(), new MarkdownDecoder(), new WordDecoder(), new PdfDecoder()]);

    /// <summary>Decodes an upload. Throws <see cref="DecodingException"/> only, whatever the bytes.</summary>
    /// <param name="content">The file content (read to the end; not disposed).</param>
    /// <param name="fileName">The file name as uploaded; its extension selects the decoder.</param>
    public DecodedText Decode(Stream content, string fileName)
    {
        fileName ??= string.Empty;
        var decoder = Select(fileName, out var extension);
        var bytes = ContentBytes.ReadAll(content, fileName);
        ContentBytes.RequireContent(bytes, fileName);
        if (!decoder.Sniff(bytes)) throw new DecodingException(fileName, ContentMismatch.Reason(decoder, extension, bytes));
        try
        {
            if (decoder is TextFileDecoder && All.OfType<MarkdownDecoder>().Any())
            {
                var text = TextFileDecoder.ReadText(new MemoryStream(bytes, writable: false), fileName, out var warnings);
                return MarkdownContent.LooksLikeMarkdown(text)
                    ? MarkdownDecoder.FromText(text, warnings)
                    : TextFileDecoder.FromText(text, warnings);
            }
            return decoder.Decode(new MemoryStream(bytes, writable: false), fileName);
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
