namespace PolicyKB.Decoding.Ocr;

/// <summary>What <see cref="PageTextQuality"/> found in a page's text layer.</summary>
public enum PageTextState
{
    /// <summary>Readable text (or too little to judge): kept as it is.</summary>
    Good,

    /// <summary>No text layer at all: a scan or a photographed page.</summary>
    Empty,

    /// <summary>Mostly punctuation and symbols: a font without a Unicode map.</summary>
    MostlySymbols,

    /// <summary>Many replacement, private-use or control characters.</summary>
    BrokenCharacters,

    /// <summary>Many words with letters and signs Vietnamese never uses: a legacy font encoding (TCVN3, VNI).</summary>
    GlyphDamage,
}
