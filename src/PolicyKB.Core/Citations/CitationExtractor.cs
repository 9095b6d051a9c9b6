namespace PolicyKB.Citations;

/// <summary>
/// Finds the references to other documents in one clause's text (already NFC, repaired and joined into one paragraph):
/// numbered ("Quyết định số 281/QĐ-TTg ngày 05/4/2024 của Thủ tướng Chính phủ"), named ("Luật Dược"), Party resolutions
/// by plenum ("Nghị quyết Trung ương 6 khóa XII") and short or alias forms resolved through a per-document
/// <see cref="CitationScope"/>. Self references ("Kế hoạch này"), internal references ("khoản 3 Điều 5") and dates are
/// not citations.
/// </summary>
public sealed class CitationExtractor
{
    /// <summary>Texts longer than this are cut: a clause is never that long, and the bound keeps extraction linear.</summary>
    public const int MaxTextLength = 1_000_000;

    private readonly ICitationRule[] _rules;

    internal CitationExtractor(ICitationRule[] rules) => _rules = rules;

    /// <summary>The extractor with the default rules of <see cref="CitationExtractorBuilder.CreateDefault"/>.</summary>
    public static CitationExtractor CreateDefault() => CitationExtractorBuilder.CreateDefault().Build();

    /// <summary>
    /// Extracts the citations of <paramref name="text"/>, sorted by start and without overlaps, and updates
    /// <paramref name="scope"/> with the full forms and aliases seen. Never throws: bad input yields an empty list.
    /// </summary>
    public IReadOnlyList<CitationMatch> Extract(string text, CitationScope scope)
    {
        if (string.IsNullOrEmpty(text) || scope is null) return [];
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        try
        {
            return ExtractCore(text, scope);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Defensive: the rules are written not to throw (tests call ExtractCore to prove it over the corpus and
            // random input); should a bug slip through, it costs this clause's citations, not the ingestion.
            return [];
        }
    }

    /// <summary>The extraction itself, without the safety net, so tests can see any exception a rule raises.</summary>
    internal IReadOnlyList<CitationMatch> ExtractCore(string text, CitationScope scope)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var context = new CitationContext(text);
        var candidates = new List<CitationCandidate>();
        for (var i = 0; i < _rules.Length; i++)
        {
            if (!_rules[i].Triggers(context)) continue;
            var before = candidates.Count;
            _rules[i].Find(context, candidates);
            for (var k = before; k < candidates.Count; k++) candidates[k].Priority = i;
        }
        var accepted = OverlapResolver.Resolve(candidates);
        return ScopeResolver.Resolve(context, accepted, scope);
    }
}
