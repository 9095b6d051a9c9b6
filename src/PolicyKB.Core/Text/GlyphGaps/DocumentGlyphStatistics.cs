namespace PolicyKB.Text;

/// <summary>
/// What the whole document says about glyph loss: how often each vowel glyph appears intact (a glyph printed
/// hundreds of times is unlikely to be the one the font lost) and how common double spaces and spaces before
/// punctuation are between ordinary words (a gap is only telling when such spacing is otherwise rare).
/// </summary>
internal sealed class DocumentGlyphStatistics
{
    private readonly Dictionary<char, int> _present = [];

    private DocumentGlyphStatistics() { }

    /// <summary>Log of the share of word gaps that are two spaces or more (smoothed).</summary>
    public double LogDoubleSpaceRate { get; private set; }

    /// <summary>Log of the share of closing punctuation marks preceded by a space (smoothed).</summary>
    public double LogSpaceBeforePunctuationRate { get; private set; }

    /// <summary>How many times the lowercase vowel <paramref name="glyph"/> appears intact in the document.</summary>
    public int Present(char glyph) => _present.GetValueOrDefault(glyph);

    /// <summary>Counts over all lines.</summary>
    public static DocumentGlyphStatistics Measure(IReadOnlyList<Decoding.SourceLine> lines)
    {
        var statistics = new DocumentGlyphStatistics();
        foreach (var glyph in VietnameseLetters.LostGlyphCandidates) statistics._present[glyph] = 0;
        long gaps = 0, wideGaps = 0, punctuation = 0, spacedPunctuation = 0;
        foreach (var line in lines)
        {
            var text = line.Text;
            var spaces = 0;
            var afterLetter = false;
            foreach (var raw in text)
            {
                if (raw == ' ') { spaces++; continue; }
                if (char.IsLetter(raw))
                {
                    if (raw > 0x7F)
                    {
                        var lower = FastCharacters.ToLowerInvariant(raw);
                        if (statistics._present.TryGetValue(lower, out var count)) statistics._present[lower] = count + 1;
                    }
                    if (afterLetter && spaces > 0) { gaps++; if (spaces >= 2) wideGaps++; }
                    afterLetter = true;
                }
                else if (raw is ',' or '.' or ';' or ':' or ')' && afterLetter)
                {
                    punctuation++;
                    if (spaces > 0) spacedPunctuation++;
                    afterLetter = false;
                }
                else afterLetter = false;
                spaces = 0;
            }
        }
        statistics.LogDoubleSpaceRate = Math.Log((wideGaps + 1.0) / (gaps + 2.0));
        statistics.LogSpaceBeforePunctuationRate = Math.Log((spacedPunctuation + 1.0) / (punctuation + 2.0));
        return statistics;
    }
}
