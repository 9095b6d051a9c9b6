using System.Globalization;
using System.Text;

namespace PolicyKB.Decoding;

/// <summary>
/// Recognises the two ways Vietnamese text files are still saved outside UTF-8: UTF-16 without a byte order mark
/// (Notepad's "Unicode" saved by some tools without BOM), told by its zero bytes falling on one side of every pair,
/// and Windows-1258 (Vietnamese ANSI), told by bytes that are not UTF-8 but read as plausible Vietnamese.
/// TCVN3 and VNI font encodings read as letters Vietnamese does not use (ß, ñ, ä, ·, ¸), so they are not taken.
/// </summary>
internal static class LegacyText
{
    // Share of byte pairs whose zero byte must sit on one side: ASCII letters, digits, spaces and the Latin-1 and
    // Latin Extended-A Vietnamese letters (â, ê, ô, đ, ă, ơ, ư…) all have a zero high byte in UTF-16.
    private const double MinZeroSide = 0.3;

    private const double MaxZeroOtherSide = 0.02;

    // Too short to judge: four bytes of binary can have the same zero pattern.
    private const int MinUtf16Bytes = 16;

    // Windows-1258 text must carry some Vietnamese letters and almost no letter or symbol foreign to Vietnamese.
    private const int MinVietnameseLetters = 3;

    private const double MaxForeignShare = 0.02;

    private const string VietnameseLetters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

    // Typography that Vietnamese documents do use: quotes, dashes, ellipsis, bullet, degree, no-break space.
    private const string AllowedSymbols = "“”‘’–—…•°\u00A0§«»±×€";

    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)
        ?? throw new InvalidOperationException("Windows-1258 is missing from the code pages provider");

    /// <summary>UTF-16 without BOM, when the zero bytes say so: the text (a final odd byte dropped), else null.</summary>
    /// <param name="bytes">The file, or its head.</param>
    /// <param name="isHead">True when <paramref name="bytes"/> may be cut mid-character.</param>
    public static string? TryUtf16WithoutBom(ReadOnlySpan<byte> bytes, bool isHead)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 1 << 16) & ~1)];
        if (sample.Length < MinUtf16Bytes) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        Encoding? encoding = oddZeros >= pairs * MinZeroSide && evenZeros <= pairs * MaxZeroOtherSide ? Encoding.Unicode
            : evenZeros >= pairs * MinZeroSide && oddZeros <= pairs * MaxZeroOtherSide ? Encoding.BigEndianUnicode
            : null;
        if (encoding is null) return null;
        var text = encoding.GetString(bytes[..(bytes.Length & ~1)]);
        if (isHead && text.Length > 0 && char.IsHighSurrogate(text[^1])) text = text[..^1];
        // The other byte of each pair must make ASCII or Vietnamese, not CJK-looking noise from a binary file.
        Count(text, out _, out var foreign);
        return foreign <= text.Length * MaxForeignShare ? text : null;
    }

    /// <summary>Windows-1258 decoded and composed (NFC), when it reads as Vietnamese; else null.</summary>
    public static string? TryWindows1258(ReadOnlySpan<byte> bytes)
    {
        // Tone marks are separate combining characters in Windows-1258 ("e" + U+0301); compose them so the text
        // matches what users type and search for.
        var text = Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC);
        return ReadsAsVietnamese(text) ? text : null;
    }

    /// <summary>Enough Vietnamese letters and almost no non-ASCII character Vietnamese text would not hold.</summary>
    internal static bool ReadsAsVietnamese(string text)
    {
        Count(text, out var vietnamese, out var foreign);
        return vietnamese >= MinVietnameseLetters && foreign <= vietnamese * MaxForeignShare;
    }

    /// <summary>Non-ASCII characters that are Vietnamese letters, and those Vietnamese text would not hold.</summary>
    private static void Count(string text, out int vietnamese, out int foreign)
    {
        vietnamese = foreign = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            if (VietnameseLetters.Contains(char.ToLowerInvariant(c))) vietnamese++;
            else if (!AllowedSymbols.Contains(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) foreign++;
        }
    }
}
