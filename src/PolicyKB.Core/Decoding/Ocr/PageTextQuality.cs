using System.Globalization;
using PolicyKB.Text;

namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// Judges whether the text layer of one PDF page can be trusted or the page must be recognised (OCR) instead. A text
/// layer is garbage when it is empty, when most of it is neither letters nor digits (a font without a Unicode map
/// gives punctuation and symbols), when it is full of replacement or private-use characters, or when many of its words
/// carry glyph damage: Latin letters and signs Vietnamese never uses (TCVN3/VNI font encodings read "Kế hoạch" as
/// "KÕ ho¹ch"), in words the syllable lexicon does not know. Unaccented or English text is not damage. Tiny pages (a
/// page number, a stamp) are too short to judge and are kept.
/// </summary>
public static class PageTextQuality
{
    /// <summary>Below this many visible characters a page is not judged (nothing to gain from OCR either).</summary>
    public const int MinCharactersToJudge = 40;

    /// <summary>A page where fewer than this share of visible characters are letters or digits is garbage.</summary>
    public const double MinAlphanumericShare = 0.5;

    /// <summary>A page where more than this share of visible characters are U+FFFD, private-use or control characters is garbage.</summary>
    public const double MaxBrokenShare = 0.05;

    /// <summary>A page where at least this share of its words carry glyph damage is garbage (every 40-line chunk of the seed plans stays below it).</summary>
    public const double MaxDamagedWordShare = 0.25;

    private const string VietnameseLatin = "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ";

    /// <summary>Judges a page's text layer (known spellings come from the embedded syllable lexicon).</summary>
    public static PageTextVerdict Judge(string? text)
    {
        var lexicon = SyllableLexicon.Default;
        int visible = 0, alphanumeric = 0, broken = 0;
        foreach (var c in text ?? string.Empty)
        {
            if (char.IsWhiteSpace(c)) continue;
            visible++;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category == UnicodeCategory.NonSpacingMark) alphanumeric++;
            else if (c == '\uFFFD' || char.IsControl(c) || category == UnicodeCategory.PrivateUse) broken++;
        }
        if (visible == 0) return new PageTextVerdict(PageTextState.Empty, 0, 0, 0);
        var alphanumericShare = (double)alphanumeric / visible;
        var brokenShare = (double)broken / visible;
        var damagedShare = DamagedWordShare(text!, lexicon, out var words);
        var state = visible < MinCharactersToJudge ? PageTextState.Good
            : alphanumericShare < MinAlphanumericShare ? PageTextState.MostlySymbols
            : brokenShare > MaxBrokenShare ? PageTextState.BrokenCharacters
            : words >= 8 && damagedShare >= MaxDamagedWordShare ? PageTextState.GlyphDamage
            : PageTextState.Good;
        return new PageTextVerdict(state, alphanumericShare, brokenShare, damagedShare);
    }

    /// <summary>True for a character a Vietnamese word never holds but a legacy font encoding puts in one.</summary>
    public static bool IsForeignToVietnamese(char c) =>
        c is >= '\u00A0' and <= '\u00BF'
        || (c is >= '\u00C0' and <= '\u024F' && !VietnameseLatin.Contains(c));

    /// <summary>Share of the words (tokens with a letter) that hold a foreign character and are not known spellings.</summary>
    private static double DamagedWordShare(string text, SyllableLexicon? lexicon, out int words)
    {
        words = 0;
        var damaged = 0;
        foreach (var token in text.Normalize().Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.Any(char.IsLetter)) continue;
            words++;
            if (!token.Any(IsForeignToVietnamese)) continue;
            var word = token.Trim(".,;:!?()[]\"'“”‘’…*".ToCharArray()).ToLowerInvariant();
            if (lexicon is null || !lexicon.IsKnownSpelling(word)) damaged++;
        }
        return words == 0 ? 0 : (double)damaged / words;
    }
}
