namespace PolicyKB.Text;

/// <summary>
/// One place where a PDF font may have dropped a vowel glyph, leaving a space: the fragment before the
/// space (<see cref="Left"/>), the letters glued after it (<see cref="Right"/>, empty when the gap ends the
/// word) and the neighbouring syllables that give context.
/// </summary>
/// <param name="Line">Index of the line in the context.</param>
/// <param name="Start">Index of the first letter of <see cref="Left"/>.</param>
/// <param name="Gap">Index of the space that stands where the glyph was.</param>
/// <param name="End">Index just after the site (after <see cref="Right"/>, or after the gap).</param>
/// <param name="Left">Letters before the gap.</param>
/// <param name="Right">Letters directly after the gap, or "".</param>
/// <param name="Kind">How the gap shows.</param>
/// <param name="Before">Lexicon id of the syllable before, across whitespace only; -1 unknown; null none.</param>
/// <param name="After">Lexicon id of the syllable after, across whitespace only; -1 unknown; null none.</param>
/// <param name="GapShape">What follows the gap: a second space, closing punctuation, or something ordinary.</param>
internal sealed record GlyphGapSite(
    int Line, int Start, int Gap, int End, string Left, string Right, GlyphGapKind Kind, int? Before, int? After, GapShape GapShape);
