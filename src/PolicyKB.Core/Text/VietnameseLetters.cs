using System.Text;

namespace PolicyKB.Text;

/// <summary>
/// Tables of the Vietnamese alphabet used by the repair steps and the syllable lexicon: which letters are
/// vowels, how a toned vowel splits into base vowel and tone, and the tone-neutral key of a syllable.
/// </summary>
/// <remarks>
/// The key ignores where the tone mark sits ("khoẻ" and "khỏe", "hoà" and "hòa" are both spelled in
/// official documents), so frequency counts of the two orthographies are pooled.
/// </remarks>
internal static class VietnameseLetters
{
    private const int TableSize = 0x1F00;

    /// <summary>Lowercase base vowels of the alphabet (tone removed).</summary>
    private const string BaseVowels = "aăâeêioôơuưy";

    /// <summary>Combining tone marks in the order of their digit in a key (1 acute … 5 dot below).</summary>
    private const string ToneMarks = "\u0301\u0300\u0309\u0303\u0323";

    private static readonly char[] _baseOf = new char[TableSize];
    private static readonly byte[] _toneOf = new byte[TableSize];
    private static readonly bool[] _isVowel = new bool[TableSize];

    static VietnameseLetters()
    {
        var candidates = new List<char>();
        foreach (var vowel in BaseVowels)
        {
            Register(vowel, vowel, 0);
            Register(char.ToUpperInvariant(vowel), vowel, 0);
            if (vowel > 0x7F) candidates.Add(vowel);
            for (var tone = 0; tone < ToneMarks.Length; tone++)
            {
                var composed = (vowel.ToString() + ToneMarks[tone]).Normalize(NormalizationForm.FormC);
                if (composed.Length != 1) continue;
                Register(composed[0], vowel, (byte)(tone + 1));
                Register(char.ToUpperInvariant(composed[0]), vowel, (byte)(tone + 1));
                candidates.Add(composed[0]);
            }
        }
        LostGlyphCandidates = candidates.ToArray();
    }

    /// <summary>
    /// The lowercase vowels a damaged PDF font can lose: every non-ASCII vowel (ă, â, ê, ô, ơ, ư and all toned
    /// vowels). Plain ASCII vowels are never lost because every font maps them.
    /// </summary>
    public static IReadOnlyList<char> LostGlyphCandidates { get; }

    /// <summary>True for a Vietnamese vowel letter in either case, toned or not.</summary>
    public static bool IsVowel(char c) => c < TableSize && _isVowel[c];

    /// <summary>True when the text holds at least one vowel letter; a Vietnamese syllable always does.</summary>
    public static bool HasVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (IsVowel(c)) return true;
        return false;
    }

    /// <summary>Number of tone marks in a (lowercase or uppercase) word; a real syllable has at most one.</summary>
    public static int ToneCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text) if (c < TableSize && _toneOf[c] != 0) count++;
        return count;
    }

    /// <summary>
    /// Tone-neutral key of a letter run: lowercase, tone marks removed, the tone digit (1–5) appended when
    /// there is one. "Khỏe" and "khoẻ" both give "khoe3".
    /// </summary>
    public static string Key(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length + 1] : new char[token.Length + 1];
        return new string(buffer[..Key(token, buffer)]);
    }

    /// <summary>
    /// <see cref="Key(ReadOnlySpan{char})"/> written into <paramref name="buffer"/> (at least one longer than the token);
    /// returns its length. For look-ups that need no string: the glyph-gap step keys every reading it tries.
    /// </summary>
    public static int Key(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var tone = 0;
        var length = 0;
        foreach (var raw in token)
        {
            var c = FastCharacters.ToLowerInvariant(raw);
            if (c < TableSize && _baseOf[c] != '\0')
            {
                if (_toneOf[c] != 0) tone = _toneOf[c];
                c = _baseOf[c];
            }
            buffer[length++] = c;
        }
        if (tone != 0) buffer[length++] = (char)('0' + tone);
        return length;
    }

    /// <summary>
    /// Whether a lowercase, tone-free key has the shape of a Vietnamese syllable: optional onset consonant
    /// cluster, one to three vowels, optional final consonant. Rejects fragments such as "tr" or "ng".
    /// </summary>
    public static bool HasSyllableShape(ReadOnlySpan<char> key)
    {
        if (key.Length > 0 && char.IsAsciiDigit(key[^1])) key = key[..^1];
        // "qu" is an onset although its "u" is a vowel letter.
        var i = key.StartsWith("qu") ? 2 : 0;
        while (i < key.Length && !IsVowel(key[i])) i++;
        if (i > 3 || !IsOnset(key[..i])) return false;
        var vowelStart = i;
        while (i < key.Length && IsVowel(key[i])) i++;
        var vowels = i - vowelStart;
        if (vowels is < 1 or > 3) return false;
        return IsCoda(key[i..]);
    }

    private static bool IsOnset(ReadOnlySpan<char> onset) => onset.Length switch
    {
        0 => true,
        1 => "bcdđghklmnprstvx".Contains(onset[0]),
        2 => onset is "ch" or "gh" or "gi" or "kh" or "ng" or "nh" or "ph" or "qu" or "th" or "tr",
        3 => onset is "ngh",
        _ => false,
    };

    private static bool IsCoda(ReadOnlySpan<char> coda) =>
        coda is "" or "c" or "ch" or "m" or "n" or "ng" or "nh" or "p" or "t";

    private static void Register(char c, char baseVowel, byte tone)
    {
        if (c >= TableSize) return;
        _baseOf[c] = baseVowel;
        _toneOf[c] = tone;
        _isVowel[c] = true;
    }
}
