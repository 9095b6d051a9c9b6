using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PolicyKB.Decoding;

/// <summary>
/// Turns the bytes of a plain-text file into a string, or says why they are not text. Shared by the
/// .txt and .md decoders and by content sniffing, so a file is judged the same way everywhere.
/// </summary>
internal static class TextBytes
{
    // Above this share of invalid UTF-8 sequences or control characters the bytes are not a text
    // document (binary, or a legacy TCVN3/VNI/Windows-1258 file that must be re-saved as UTF-8).
    private const double MaxBadShare = 0.01;

    /// <summary>Decodes the bytes or returns the reason they are not UTF-8/UTF-16 text.</summary>
    /// <param name="bytes">The whole file, or a leading part of it when <paramref name="isHead"/>.</param>
    /// <param name="isHead">True when the bytes may be cut in the middle of a character (sniffing a prefix).</param>
    /// <param name="text">The decoded text, without BOM.</param>
    /// <param name="warnings">Repairs made (invalid bytes replaced).</param>
    /// <returns>Null when the bytes are text, else a short Vietnamese reason.</returns>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, bool isHead, out string text, out List<string> warnings)
    {
        warnings = [];
        text = string.Empty;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            return DecodeUtf16(bytes, isHead, out text);
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return "tệp nhị phân hoặc văn bản UTF-16 không có BOM (có byte NUL), không phải văn bản; hãy lưu lại dưới dạng UTF-8";
        }
        if (isHead) bytes = bytes[..CompleteUtf8Length(bytes)];

        var invalid = Utf8.IsValid(bytes) ? 0 : CountInvalidUtf8(bytes);
        if (invalid > 0 && invalid > bytes.Length * MaxBadShare)
        {
            return "tệp không phải văn bản UTF-8 (có thể là tệp nhị phân hoặc bảng mã cũ TCVN3/VNI/Windows-1258); hãy lưu lại dưới dạng UTF-8";
        }
        text = Encoding.UTF8.GetString(bytes);
        if (invalid > 0) warnings.Add($"{invalid} chuỗi byte không hợp lệ UTF-8 đã được thay bằng ký tự \uFFFD");
        return CheckControls(text);
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> bytes, bool isHead, out string text)
    {
        var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var body = bytes[2..];
        if (body.Length % 2 == 1) body = body[..^1];
        text = encoding.GetString(body);
        if (isHead && text.Length > 0 && char.IsHighSurrogate(text[^1])) text = text[..^1];
        return CheckControls(text);
    }

    /// <summary>Rejects decoded text that is mostly control characters or replacement characters (garbage).</summary>
    private static string? CheckControls(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v') || c == '\0') bad++;
        }
        return bad > 0 && bad > text.Length * MaxBadShare
            ? "tệp nhị phân (nhiều ký tự điều khiển), không phải văn bản"
            : null;
    }

    /// <summary>Counts invalid sequences in one pass; stops early once the bytes are clearly not text.</summary>
    private static int CountInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var limit = (int)Math.Min(int.MaxValue, bytes.Length * MaxBadShare) + 1;
        var invalid = 0;
        var offset = 0;
        while (offset < bytes.Length && invalid <= limit)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done) invalid++;
            offset += Math.Max(consumed, 1);
        }
        return invalid;
    }

    /// <summary>Length of the prefix that does not end inside a multi-byte UTF-8 sequence.</summary>
    private static int CompleteUtf8Length(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead byte
            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? bytes.Length - back : bytes.Length;
        }
        return bytes.Length;
    }
}
