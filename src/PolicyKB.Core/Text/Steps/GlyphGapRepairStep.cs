namespace PolicyKB.Text;

/// <summary>
/// Step 5, "glyph-gaps": restores vowels that a damaged PDF font dropped, leaving a space ("dư ng" →
/// "dưỡng", "tr  em" → "trẻ em", "bà m ," → "bà mẹ,", "sức kho " → "sức khoẻ"). Each suspected site is read
/// with a syllable bigram model learned from official documents (see <see cref="SyllableLexicon"/>), combined
/// with what the document itself shows: glyphs already restored with confidence elsewhere in it are likely
/// lost again, glyphs printed intact many times are not. A vowel is put in only when one reading beats both
/// the text as it stands and every other reading by a clear margin; otherwise the text is left alone.
/// </summary>
public sealed class GlyphGapRepairStep : ITextRepairStep
{
    /// <summary>Margin (natural log) a first-pass reading needs to teach the document's lost-glyph set.</summary>
    private const double LearningMargin = 3.0;

    /// <summary>Margin over the runner-up reading needed to repair.</summary>
    private const double CandidateMargin = 2.0;

    /// <summary>Margin over the text as it stands: small when the glyph is a known loss of this document.</summary>
    private const double OriginalMarginEstablished = 1.0;

    private const double OriginalMargin = 3.0;

    /// <summary>Dirichlet mass spread over glyphs not yet seen lost, weighted towards glyphs absent from the document.</summary>
    private const double UnseenGlyphMass = 0.3;

    private readonly SyllableLexicon? _lexicon;

    /// <summary>Uses the embedded lexicon.</summary>
    public GlyphGapRepairStep() : this(SyllableLexicon.Default) { }

    internal GlyphGapRepairStep(SyllableLexicon? lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public string Name => "glyph-gaps";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        if (_lexicon is null)
        {
            context.AddNote($"{Name}: syllable lexicon unavailable, step skipped");
            return;
        }
        var scorer = new GlyphGapScorer(_lexicon);
        var sites = new List<ScoredSite>();
        for (var i = 0; i < context.Lines.Count; i++)
        {
            foreach (var site in GlyphGapFinder.Find(context.Lines[i].Text, i, _lexicon))
            {
                var candidates = scorer.Candidates(site);
                if (candidates.Count > 0) sites.Add(new ScoredSite(site, scorer.ScoreOriginal(site), candidates));
            }
        }
        if (sites.Count == 0) return;

        var statistics = DocumentGlyphStatistics.Measure(context.Lines);
        var lost = LearnLostGlyphs(sites);
        var accepted = sites.Select(s => (s.Site, Glyph: Decide(s, lost, sites.Count, statistics))).Where(d => d.Glyph != '\0').ToList();
        Apply(context, accepted);
    }

    /// <summary>First pass: glyphs that clear-cut sites (strong context, large margins) show this document loses.</summary>
    private static Dictionary<char, int> LearnLostGlyphs(List<ScoredSite> sites)
    {
        var lost = new Dictionary<char, int>();
        foreach (var (site, original, candidates) in sites)
        {
            var best = candidates[0];
            var second = candidates.Count > 1 ? candidates[1].LanguageScore : double.NegativeInfinity;
            if (site.Kind == GlyphGapKind.ShortSyllable || !best.IsInsertion || !best.HasEvidence) continue;
            if (best.LanguageScore - second >= LearningMargin && best.LanguageScore - original >= LearningMargin)
                lost[best.Glyph] = lost.GetValueOrDefault(best.Glyph) + 1;
        }
        return lost;
    }

    /// <summary>Second pass: the glyph to put in, or '\0' to leave the text as it is.</summary>
    private static char Decide(ScoredSite scored, Dictionary<char, int> lost, int siteCount, DocumentGlyphStatistics statistics)
    {
        var (site, original, candidates) = scored;
        var totalLost = lost.Values.Sum();
        var lossRate = Math.Min((totalLost + 0.5) / (siteCount + 1.0), 0.99);
        var absentWeight = VietnameseLetters.LostGlyphCandidates.Sum(g => 1.0 / (1 + statistics.Present(g)));

        double Prior(GlyphGapCandidate c) => !c.IsInsertion ? 0 :
            Math.Log(lossRate) + Math.Log((lost.GetValueOrDefault(c.Glyph) + UnseenGlyphMass / (1 + statistics.Present(c.Glyph)) / absentWeight) / (totalLost + UnseenGlyphMass));

        var ranked = candidates.Select(c => (Candidate: c, Score: c.LanguageScore + Prior(c))).OrderByDescending(r => r.Score).ToList();
        var (best, bestScore) = ranked[0];
        if (!best.IsInsertion) return '\0';
        var established = totalLost >= 3 && lost.GetValueOrDefault(best.Glyph) >= 2;
        if (!best.HasEvidence && !established) return '\0';
        var second = ranked.Count > 1 ? ranked[1].Score : double.NegativeInfinity;
        var shape = site.GapShape switch
        {
            GapShape.DoubleSpace => statistics.LogDoubleSpaceRate,
            GapShape.SpaceBeforePunctuation => statistics.LogSpaceBeforePunctuationRate,
            _ => 0.0,
        };
        var asItStands = original + shape + Math.Log(1 - lossRate);
        var margin = established ? OriginalMarginEstablished : OriginalMargin;
        return bestScore - second >= CandidateMargin && bestScore - asItStands >= margin ? best.Glyph : '\0';
    }

    private void Apply(RepairContext context, List<(GlyphGapSite Site, char Glyph)> accepted)
    {
        foreach (var group in accepted.GroupBy(a => a.Site.Line))
        {
            var line = context.Lines[group.Key];
            var chars = line.Text.ToCharArray();
            var consumedTo = -1;
            foreach (var (site, glyph) in group.OrderBy(a => a.Site.Start))
            {
                if (site.Start < consumedTo) continue; // overlaps a repair just made ("dư ng" then "ng ")
                var upper = site.Left.Length + site.Right.Length >= 2 && (site.Left + site.Right).All(c => !char.IsLower(c));
                chars[site.Gap] = upper ? char.ToUpperInvariant(glyph) : glyph;
                consumedTo = site.End;
                var before = site.Right.Length > 0 ? $"{site.Left} {site.Right}" : $"{site.Left} ";
                context.AddNote($"{Name}: line {line.Number}: \"{before}\" → \"{site.Left}{chars[site.Gap]}{site.Right}\"");
                context.Count(Name);
            }
            context.SetText(group.Key, new string(chars));
        }
    }

    private sealed record ScoredSite(GlyphGapSite Site, double Original, List<GlyphGapCandidate> Candidates);
}
