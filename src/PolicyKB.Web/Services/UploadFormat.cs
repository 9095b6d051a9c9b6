using PolicyKB.Decoding;

namespace PolicyKB.Web.Services;

/// <summary>
/// Judges an upload by its content, with the same decoders the pipeline uses: the extension must be supported and the
/// bytes must look like that format (text in UTF-8, UTF-16 with or without BOM, or Windows-1258, exactly as the
/// decoders read it). Files failing this are refused with 415 before anything is ingested.
/// </summary>
public static class UploadFormat
{
    private static readonly ContentDecoders Decoders = ContentDecoders.CreateDefault();

    /// <summary>The supported extensions, for messages (".txt, .md, .markdown, .docx, .pdf").</summary>
    public static string Supported => Decoders.SupportedExtensions;

    /// <summary>Null when the file can be handed to the pipeline, else why not (Vietnamese).</summary>
    public static string? Problem(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var decoder = Decoders.All.FirstOrDefault(d => d.Extensions.Contains(extension));
        if (decoder is null)
        {
            return extension.Length == 0
                ? $"'{fileName}' không có đuôi tệp; chỉ nhận {Supported}."
                : $"'{fileName}': định dạng {extension} không được hỗ trợ; chỉ nhận {Supported}.";
        }
        // An empty file is the pipeline's to report ("tệp rỗng"), with the other per-file results.
        if (content.IsEmpty || decoder.Sniff(content)) return null;
        // Text the decoders cannot read (a TCVN3 file, binary renamed .txt) gets the same reason the CLI gives.
        if (decoder.Format is "txt" or "md" && Decoders.ContentProblem(fileName, content) is { } reason && !LooksLikeOtherFormat(content))
        {
            return $"'{fileName}': {reason}.";
        }
        return $"'{fileName}' có đuôi {extension} nhưng nội dung là {Describe(content)}; hãy tải lên đúng tệp {extension} hoặc đổi đuôi cho khớp nội dung.";
    }

    private static bool LooksLikeOtherFormat(ReadOnlySpan<byte> content)
    {
        foreach (var decoder in Decoders.All)
        {
            if (decoder.Format is not ("txt" or "md") && decoder.Sniff(content)) return true;
        }
        return content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) || content.StartsWith("PK"u8);
    }

    private static string Describe(ReadOnlySpan<byte> content)
    {
        foreach (var decoder in Decoders.All)
        {
            if (decoder.Sniff(content)) return decoder.Format switch
            {
                "pdf" => "PDF",
                "docx" => "tài liệu Word (.docx)",
                _ => "văn bản thuần",
            };
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return "tài liệu Word 97-2003 (.doc, chưa hỗ trợ — hãy lưu lại dưới dạng .docx)";
        if (content.StartsWith("PK"u8)) return "tệp nén ZIP";
        return "dữ liệu nhị phân không rõ định dạng";
    }
}
