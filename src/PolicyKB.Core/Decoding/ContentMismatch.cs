namespace PolicyKB.Decoding;

/// <summary>
/// Explains, in words a user can act on, why a file's content does not match its extension
/// ("report.pdf" that is really text, a .docx that is not a ZIP).
/// </summary>
internal static class ContentMismatch
{
    /// <summary>The reason a file named with <paramref name="extension"/> (handled by <paramref name="expected"/>) was refused.</summary>
    public static string Reason(IContentDecoder expected, string extension, ReadOnlySpan<byte> content)
    {
        // Word's "Save as Web Page" keeps the .doc name: renaming it .txt would lose the formatting, so say what it is.
        if (expected.Format is "doc" or "docx" && LooksLikeHtml(content))
        {
            return $"tệp có đuôi {extension} nhưng nội dung là trang web (HTML); hãy mở tệp bằng Word hoặc LibreOffice rồi lưu lại dưới dạng .docx";
        }
        var actual = Describe(content, out var suggestedExtension);
        if (actual is not null && suggestedExtension is null && expected.Format != "docx")
        {
            return $"tệp có đuôi {extension} nhưng nội dung là {actual}";
        }
        // An OLE file named .docx may be an encrypted .docx as well as a .doc: the docx reason below covers both.
        if (actual is not null && suggestedExtension is not null && !expected.Extensions.Contains(suggestedExtension)
            && !(expected.Format == "docx" && FormatSignatures.IsOle(content)))
        {
            return $"tệp có đuôi {extension} nhưng nội dung là {actual}; hãy đổi đuôi tệp thành {suggestedExtension}";
        }
        return expected.Format switch
        {
            "pdf" => "tệp .pdf bị hỏng hoặc không phải PDF (thiếu phần đầu %PDF-)",
            "docx" when FormatSignatures.IsOle(content) =>
                "tệp Word 97-2003 (.doc) hoặc .docx có đặt mật khẩu; nếu là .doc hãy đổi đuôi thành .doc, nếu có mật khẩu hãy gỡ mật khẩu và lưu lại dưới dạng .docx",
            "docx" when FormatSignatures.IsZip(content) => WordDecoder.CorruptReason,
            "docx" => "tệp .docx bị hỏng hoặc không phải Word (không phải gói ZIP của Office Open XML)",
            "txt" or "md" => TextBytes.Reason(content)
                ?? $"nội dung không phải văn bản {extension}",
            _ => $"nội dung tệp không khớp định dạng {extension}",
        };
    }

    /// <summary>What the content is, when it is recognisably another supported format.</summary>
    private static string? Describe(ReadOnlySpan<byte> content, out string? extension)
    {
        extension = null;
        if (FormatSignatures.IsPdf(content))
        {
            extension = ".pdf";
            return "PDF";
        }
        if (FormatSignatures.IsDocx(content))
        {
            extension = ".docx";
            return "tài liệu Word (.docx)";
        }
        if (FormatSignatures.IsOle(content))
        {
            extension = ".doc";
            return "tài liệu Word 97-2003 (.doc)";
        }
        if (TextBytes.Reason(content) is null)
        {
            extension = ".txt";
            return "văn bản thuần";
        }
        return null;
    }

    /// <summary>True when the content, after a byte order mark and white space, opens as an HTML document.</summary>
    private static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        var head = System.Text.Encoding.ASCII.GetString(content[..Math.Min(content.Length, 512)]).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
