using System.Text;

namespace PolicyKB.Text;

/// <summary>
/// Per-character clean-up of decoded text: Unicode NFC, look-alike letters from damaged PDF fonts, dash
/// variants, invisible characters and exotic spaces. Spacing is kept as it is (runs of spaces survive) because
/// the glyph-gap step reads the width of a gap; <see cref="VietnameseText.Normalize"/> collapses afterwards.
/// </summary>
internal static class CharacterMap
{
    private const char Remove = '\uFFFF';

    // Index = UTF-16 code unit below 0x3100; value = replacement, Remove, or '\0' for "keep".
    private static readonly char[] _map = BuildMap();

    /// <summary>Maps one string; returns the same instance when nothing changes.</summary>
    public static string Map(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        text = ToNfc(text);
        if (!NeedsMapping(text)) return text;

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendSupplementary(builder, char.ConvertToUtf32(c, text[i + 1]));
                i++;
                continue;
            }
            var mapped = c < _map.Length ? _map[c] : MapHigh(c);
            if (mapped == Remove) continue;
            if (mapped == '\0' && c is >= '\u0400' and <= '\u04FF')
            {
                builder.Append(CyrillicLookAlikes.MapInLatinContext(text, i));
                continue;
            }
            builder.Append(mapped == '\0' ? c : mapped);
        }
        return builder.ToString();
    }

    private static bool NeedsMapping(string text)
    {
        foreach (var c in text)
        {
            if (c < _map.Length) { if (_map[c] != '\0' || c is >= '\u0400' and <= '\u04FF') return true; }
            else if (MapHigh(c) != '\0' || char.IsSurrogate(c)) return true;
        }
        return false;
    }

    /// <summary>Characters above the table: byte-order mark and variation selectors vanish, full-width and small dashes become "-".</summary>
    private static char MapHigh(char c) => c switch
    {
        '\uFEFF' => Remove,
        >= '\uFE00' and <= '\uFE0F' => Remove,
        '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        _ => '\0',
    };

    /// <summary>NFC; invalid UTF-16 is made valid first so the normaliser cannot throw.</summary>
    private static string ToNfc(string text)
    {
        var hasSurrogate = false;
        var hasNonAscii = false;
        foreach (var c in text)
        {
            if (c > 0x7F) hasNonAscii = true;
            if (char.IsSurrogate(c)) { hasSurrogate = true; break; }
        }
        if (!hasNonAscii) return text;
        if (hasSurrogate || text.AsSpan().ContainsAny(Noncharacters)) text = ReplaceInvalid(text);
        try
        {
            return FastCharacters.IsSurelyComposed(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // a code point the platform's normaliser rejects: keep the text as decoded
        }
    }

    private static readonly System.Buffers.SearchValues<char> Noncharacters = System.Buffers.SearchValues.Create(
        "\uFFFE\uFFFF\uFDD0\uFDD1\uFDD2\uFDD3\uFDD4\uFDD5\uFDD6\uFDD7\uFDD8\uFDD9\uFDDA\uFDDB\uFDDC\uFDDD\uFDDE\uFDDF" +
        "\uFDE0\uFDE1\uFDE2\uFDE3\uFDE4\uFDE5\uFDE6\uFDE7\uFDE8\uFDE9\uFDEA\uFDEB\uFDEC\uFDED\uFDEE\uFDEF");

    /// <summary>Lone surrogates and noncharacters (which make Normalize throw) become U+FFFD.</summary>
    private static string ReplaceInvalid(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i]) || Noncharacters.Contains(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static void AppendSupplementary(StringBuilder builder, int codePoint)
    {
        // Variation selectors supplement: invisible, carries no text.
        if (codePoint is >= 0xE0100 and <= 0xE01EF) return;
        var text = char.ConvertFromUtf32(codePoint);
        // Mathematical bold/italic letters and digits (formulas pasted from Word) read as plain ones.
        if (codePoint is >= 0x1D400 and <= 0x1D7FF) text = text.Normalize(NormalizationForm.FormKC);
        builder.Append(text);
    }

    private static char[] BuildMap()
    {
        var map = new char[0x3100];
        // C0/C1 controls: tabs and stray controls (PDF checkbox glyphs such as U+0085) become spaces.
        for (var c = 0; c < 0x20; c++) map[c] = ' ';
        for (var c = 0x7F; c <= 0x9F; c++) map[c] = ' ';
        // Exotic spaces become a plain space; the width is kept as one space per character.
        foreach (var c in "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000")
            map[c] = ' ';
        // Invisible characters: soft hyphen, zero-width space/joiners, word joiner, direction marks.
        foreach (var c in "\u00AD\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069")
            map[c] = Remove;
        // Dash variants (hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus) read as "-".
        foreach (var c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212") map[c] = '-';
        // Eth and African D look like Đ/đ and come from mis-encoded fonts (Nghị định 121/2021/NÐ-CP).
        map['\u00D0'] = 'Đ';
        map['\u00F0'] = 'đ';
        map['\u0189'] = 'Đ';
        map['\u0256'] = 'đ';
        // PDF glyph damage in Vietnamese fonts: ƣ/Ƣ stand for ư/Ư ("Sơn Dƣơng"); Ƕ for ỳ ("định kǶ"),
        // Ƿ/ƿ for Ĩ/ĩ ("LǷNH VỰC", "ổ đƿa"). None of these letters is used in Vietnamese.
        map['\u01A3'] = 'ư';
        map['\u01A2'] = 'Ư';
        map['\u01F6'] = 'ỳ';
        map['\u01F7'] = 'Ĩ';
        map['\u01BF'] = 'ĩ';
        return map;
    }
}
