namespace PolicyKB.Text;

/// <summary>How a suspected dropped vowel shows in the text.</summary>
internal enum GlyphGapKind
{
    /// <summary>A space inside a word: "dư ng", "Đ p" (one side is not a syllable).</summary>
    Split,

    /// <summary>A consonant cluster without vowel before a gap: "tr  em", "bà m ,".</summary>
    Fragment,

    /// <summary>A real syllable followed by an abnormal gap (two spaces, space before a comma): "sức kho ,".</summary>
    ShortSyllable,
}
