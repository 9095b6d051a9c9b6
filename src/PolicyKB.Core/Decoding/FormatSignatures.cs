namespace PolicyKB.Decoding;

/// <summary>Magic numbers used to judge a file by its content rather than its name.</summary>
internal static class FormatSignatures
{
    // The PDF header may follow some junk bytes; readers accept it within the first 1024 bytes.
    private const int PdfHeaderWindow = 1024;

    /// <summary>"%PDF-" near the start of the file.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> head) =>
        head[..Math.Min(head.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>A ZIP local file header at offset 0.</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    /// <summary>A ZIP that names word/document.xml (in a local header or the central directory).</summary>
    public static bool IsDocx(ReadOnlySpan<byte> head) => IsZip(head) && head.IndexOf("word/document.xml"u8) >= 0;

    /// <summary>An OLE compound file: Word 97-2003 .doc, or an encrypted (password-protected) .docx.</summary>
    public static bool IsOle(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
}
