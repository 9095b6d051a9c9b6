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
    // Above this share of invalid UTF-8 sequences or control characters the bytes are not a text document
    // (binary, or a TCVN3/VNI font-encoded file that must be re-saved as UTF-8); Windows-1258 and UTF-16 without
    // BOM are recognised by LegacyText first.
    private const double MaxBadShare = 0.01;

    private const double MaxNulShare = 0.001;

    private const string NotUtf8 =
        "tệp không phải văn bản UTF-8 (có thể là tệp nhị phân hoặc bảng mã cũ TCVN3/VNI); hãy lưu lại dưới dạng UTF-8";

    private const string Binary = "tệp nhị phân (nhiều ký tự điều khiển), không phải văn bản";

    private const string BinaryWithNul = "tệp nhị phân (có byte NUL), không phải văn bản; nếu là văn bản, hãy lưu lại dưới dạng UTF-8";

    // C0 controls other than tab, line feed, vertical tab, form feed and carriage return (NUL is checked first).
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<char> BadChars = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFD");

    /// <summary>Whether the bytes (possibly a prefix cut mid-character) are text; does not build the string for UTF-8.</summary>
    public static bool IsText(ReadOnlySpan<byte> head) => Check(head, isHead: true, out _, out _, out _, out _) is null;

    /// <summary>Why the whole file is not text, or null when it is; does not build the string for UTF-8.</summary>
    public static string? Reason(ReadOnlySpan<byte> bytes) => Check(bytes, isHead: false, out _, out _, out _, out _);

    /// <summary>Decodes the bytes or returns the reason they are not text.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="text">The decoded text, without BOM.</param>
    /// <param name="warnings">Repairs made (invalid bytes replaced, a legacy encoding converted).</param>
    /// <returns>Null when the bytes are text, else a short Vietnamese reason.</returns>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string text, out List<string> warnings)
    {
        warnings = [];
        var reason = Check(bytes, isHead: false, out var decoded, out var body, out var invalid, out var legacy);
        if (reason is not null)
        {
            text = string.Empty;
            return reason;
        }
        text = decoded ?? Encoding.UTF8.GetString(body);
        if (legacy is not null) warnings.Add($"tệp dùng bảng mã {legacy}, đã chuyển sang Unicode (nên lưu lại dưới dạng UTF-8)");
        if (invalid > 0) warnings.Add($"{invalid} chuỗi byte không hợp lệ UTF-8 đã được thay bằng ký tự \uFFFD");
        if (text.Contains('\0'))
        {
            warnings.Add($"{text.Count(c => c == '\0')} ký tự NUL đã được thay bằng ký tự \uFFFD");
            text = text.Replace('\0', '\uFFFD');
        }
        return null;
    }

    private static string? Check(
        ReadOnlySpan<byte> bytes, bool isHead, out string? decoded, out ReadOnlySpan<byte> body, out int invalid, out string? legacy)
    {
        decoded = null;
        legacy = null;
        invalid = 0;
        body = bytes;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            decoded = DecodeUtf16(bytes, isHead);
            return Share(Count(decoded, BadChars), decoded.Length) ? Binary : null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = bytes = bytes[3..];
        // A few NULs are checkbox glyphs lost by PDF-to-text tools (gazette forms); many mean binary or UTF-16 without BOM.
        var nuls = bytes.Count((byte)0);
        if (nuls > 0 && nuls > bytes.Length * MaxNulShare)
        {
            decoded = LegacyText.TryUtf16WithoutBom(bytes, isHead);
            if (decoded is null || Share(Count(decoded, BadChars), decoded.Length)) return BinaryWithNul;
            legacy = "UTF-16 không có BOM";
            return null;
        }
        var complete = isHead ? bytes[..CompleteUtf8Length(bytes)] : bytes;
        invalid = Utf8.IsValid(complete) ? 0 : CountInvalidUtf8(complete);
        if (invalid > 0 && LegacyText.TryWindows1258(bytes) is { } windows1258)
        {
            decoded = windows1258;
            invalid = 0;
            legacy = "Windows-1258";
            return Share(Count(decoded, BadChars), decoded.Length) ? Binary : null;
        }
        if (Share(invalid, complete.Length)) return NotUtf8;
        return Share(Count(complete, ControlBytes), complete.Length) ? Binary : null;
    }

    private static bool Share(int bad, int total) => bad > 0 && bad > total * MaxBadShare;

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool isHead)
    {
        var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var body = bytes[2..];
        if (body.Length % 2 == 1) body = body[..^1];
        var text = encoding.GetString(body);
        return isHead && text.Length > 0 && char.IsHighSurrogate(text[^1]) ? text[..^1] : text;
    }

    private static int Count<T>(ReadOnlySpan<T> span, SearchValues<T> values) where T : IEquatable<T>
    {
        var count = 0;
        for (var i = span.IndexOfAny(values); i >= 0; i = span.IndexOfAny(values))
        {
            count++;
            span = span[(i + 1)..];
        }
        return count;
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
