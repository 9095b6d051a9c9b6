namespace PolicyKB.Text;

/// <summary>One reading of a <see cref="GlyphGapSite"/>.</summary>
/// <param name="Glyph">The lowercase vowel put in the gap, or '\0' for "the space was spurious, join the halves".</param>
/// <param name="Spelling">The lowercase word this reading produces.</param>
/// <param name="LanguageScore">Log probability of the reading under the bigram model, before priors.</param>
/// <param name="HasEvidence">Whether the word was seen next to one of its neighbours in the training text.</param>
internal sealed record GlyphGapCandidate(char Glyph, string Spelling, double LanguageScore, bool HasEvidence)
{
    /// <summary>True for a reading that inserts a glyph (the only kind ever applied).</summary>
    public bool IsInsertion => Glyph != '\0';
}
