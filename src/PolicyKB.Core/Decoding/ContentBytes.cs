namespace PolicyKB.Decoding;

/// <summary>Reads a whole upload into memory, turning I/O failures into <see cref="DecodingException"/>.</summary>
internal static class ContentBytes
{
    /// <summary>Largest file accepted: policy documents are a few MB; beyond this it is not a document upload.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    /// <summary>Reads the stream from its current position to the end.</summary>
    public static byte[] ReadAll(Stream? content, string fileName)
    {
        if (content is null) throw new DecodingException(fileName, "không có nội dung tệp");
        try
        {
            if (content.CanSeek && content.Length - content.Position > MaxBytes) throw TooLarge(fileName);
            // A stream that knows its length (a file, bytes in memory) is read into one array of that size, not copied
            // through a growing buffer: the file would otherwise be copied about three times over.
            // A stream whose length was wrong (shorter, or grown since) goes on through the buffer with what was read.
            var known = content.CanSeek && content.Length > content.Position ? new byte[content.Length - content.Position] : [];
            var first = known.Length > 0 ? content.ReadAtLeast(known, known.Length, throwOnEndOfStream: false) : 0;
            if (first > 0 && first == known.Length && content.Position >= content.Length) return known;
            using var buffer = new MemoryStream();
            buffer.Write(known, 0, first);
            var chunk = new byte[81920];
            int read;
            while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes) throw TooLarge(fileName);
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            throw new DecodingException(fileName, $"không đọc được tệp ({ex.Message})", ex);
        }
    }

    /// <summary>Throws "tệp rỗng" for an empty upload, the one check every decoder shares.</summary>
    public static void RequireContent(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new DecodingException(fileName, "tệp rỗng");
    }

    private static DecodingException TooLarge(string fileName) =>
        new(fileName, $"tệp quá lớn (giới hạn {MaxBytes / 1024 / 1024} MB)");
}
