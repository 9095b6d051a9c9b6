namespace PolicyKB.Text;

/// <summary>
/// Scores the readings of a <see cref="GlyphGapSite"/> with the bigram model: the text as it stands
/// ("tr" "em"), each vowel put in the gap ("trẻ em", "trở em", …) that gives a real spelling, and, for a
/// split word, the two halves joined without a vowel (the space was spurious, which is never "repaired").
/// </summary>
internal sealed class GlyphGapScorer
{
    /// <summary>Prior odds of a spurious space against a lost glyph inside a word (log 0.05).</summary>
    private static readonly double _joinPenalty = Math.Log(0.05);

    private readonly SyllableLexicon _lexicon;

    public GlyphGapScorer(SyllableLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Log probability of the text as it stands, without priors.</summary>
    public double ScoreOriginal(GlyphGapSite site)
    {
        var left = _lexicon.IdOf(VietnameseLetters.Key(site.Left));
        if (site.Right.Length == 0) return Score(site.Before, left, null, site.After);
        return Score(site.Before, left, _lexicon.IdOf(VietnameseLetters.Key(site.Right)), site.After);
    }

    /// <summary>Readings that put a vowel in the gap or join the halves, best first.</summary>
    public List<GlyphGapCandidate> Candidates(GlyphGapSite site)
    {
        var result = new List<GlyphGapCandidate>();
        var left = FastCharacters.ToLowerInvariant(site.Left);
        var right = FastCharacters.ToLowerInvariant(site.Right);
        // Every vowel is tried in the gap: the spellings are written over one buffer and made strings only when kept.
        var length = left.Length + 1 + right.Length;
        Span<char> spelling = length <= 64 ? stackalloc char[length] : new char[length];
        left.CopyTo(spelling);
        right.CopyTo(spelling[(left.Length + 1)..]);
        foreach (var glyph in VietnameseLetters.LostGlyphCandidates)
        {
            spelling[left.Length] = glyph;
            var candidate = Evaluate(site, glyph, spelling);
            if (candidate is not null) result.Add(candidate);
        }
        if (result.Count > 0 && right.Length > 0)
        {
            var joined = Evaluate(site, '\0', string.Concat(left, right));
            if (joined is not null) result.Add(joined with { LanguageScore = joined.LanguageScore + _joinPenalty });
        }
        result.Sort((a, b) => b.LanguageScore.CompareTo(a.LanguageScore));
        return result;
    }

    private GlyphGapCandidate? Evaluate(GlyphGapSite site, char glyph, ReadOnlySpan<char> spelling)
    {
        if (VietnameseLetters.ToneCount(spelling) > 1 || !_lexicon.IsKnownSpelling(spelling)) return null;
        Span<char> buffer = spelling.Length < 64 ? stackalloc char[spelling.Length + 1] : new char[spelling.Length + 1];
        var key = buffer[..VietnameseLetters.Key(spelling, buffer)];
        if (!VietnameseLetters.HasSyllableShape(key)) return null;
        var id = _lexicon.IdOf(key);
        if (id < 0) return null;
        var evidence = (site.Before is { } before && _lexicon.HasBigram(before, id)) || (site.After is { } after && _lexicon.HasBigram(id, after));
        return new GlyphGapCandidate(glyph, spelling.ToString(), Score(site.Before, id, null, site.After), evidence);
    }

    /// <summary>Log P(middle syllables, following syllable | preceding syllable); the shared preceding term cancels out.</summary>
    private double Score(int? before, int first, int? second, int? after)
    {
        var score = _lexicon.LogBigram(before ?? -1, first);
        var last = first;
        if (second is { } s)
        {
            score += _lexicon.LogBigram(first, s);
            last = s;
        }
        if (after is { } a) score += _lexicon.LogBigram(last, a);
        return score;
    }
}
