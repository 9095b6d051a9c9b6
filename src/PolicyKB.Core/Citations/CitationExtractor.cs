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

    /// <summary>The kept candidates of a text with no defined name: shared, never changed (the second pass only reads them).</summary>
    private static readonly List<CitationCandidate> NoCandidates = [];

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

    /// <summary>
    /// Both passes over a document's clause texts, in order: <see cref="Extract"/> on every text, then
    /// <see cref="ExtractDefinedLater"/> on every text, with the same results as those calls. A text's candidates
    /// depend on the text alone, so the first pass keeps the bare type words it read for the second instead of having
    /// every rule read each clause again.
    /// </summary>
    public (IReadOnlyList<CitationMatch>[] Found, IReadOnlyList<CitationMatch>[] DefinedLater) ExtractDocument(IReadOnlyList<string> texts, CitationScope scope)
    {
        var found = new IReadOnlyList<CitationMatch>[texts.Count];
        var definedLater = new IReadOnlyList<CitationMatch>[texts.Count];
        var kept = new List<CitationCandidate>?[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            if (string.IsNullOrEmpty(text) || scope is null)
            {
                found[i] = [];
                continue;
            }
            if (text.Length > MaxTextLength) text = text[..MaxTextLength];
            try
            {
                var context = new CitationContext(text);
                var candidates = Candidates(context);
                found[i] = ScopeResolver.Resolve(context, candidates, scope);
                kept[i] = candidates.Exists(c => c.Kind == CitationKind.Defined) ? candidates.FindAll(c => c.Kind == CitationKind.Defined) : NoCandidates;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                found[i] = []; // as in Extract; the second pass then reads this text afresh
            }
        }
        for (var i = 0; i < texts.Count; i++)
        {
            definedLater[i] = kept[i] is { } defined && scope is not null && scope.AliasCount > 0
                ? KeptDefinedLater(texts[i].Length > MaxTextLength ? texts[i][..MaxTextLength] : texts[i], defined, scope)
                : ExtractDefinedLater(texts[i], scope!);
        }
        return (found, definedLater);
    }

    /// <summary>
    /// The short names of <paramref name="text"/> that the document defined only later: a heading or title
    /// ("KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT …") printed above "Nghị định số 200/2025/NĐ-CP …
    /// (sau đây viết tắt là Nghị định)". Call it once every clause has gone through <see cref="Extract"/> with
    /// <paramref name="scope"/>, on the clauses printed before the definition; it returns only the bare type words
    /// that the scope's aliases now resolve (the first pass dropped them), and leaves the scope unchanged.
    /// </summary>
    public IReadOnlyList<CitationMatch> ExtractDefinedLater(string text, CitationScope scope)
    {
        if (string.IsNullOrEmpty(text) || scope is null || scope.AliasCount == 0) return [];
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        try
        {
            return DefinedLater(text, Candidates(new CitationContext(text)), scope);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [];
        }
    }

    private static IReadOnlyList<CitationMatch> KeptDefinedLater(string text, List<CitationCandidate> defined, CitationScope scope)
    {
        try
        {
            return DefinedLater(text, defined, scope);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [];
        }
    }

    private static List<CitationMatch> DefinedLater(string text, List<CitationCandidate> candidates, CitationScope scope)
    {
        var results = new List<CitationMatch>();
        foreach (var c in candidates)
        {
            var raw = text.Substring(c.Start, c.Length);
            if (c.Kind != CitationKind.Defined || scope.FindAlias(c.Key) is not { } target) continue;
            results.Add(new CitationMatch(c.Start, c.Length, raw, target.Key, target.Type ?? c.Type, target.Number, c.Date, c.Issuer, c.Name));
        }
        return results;
    }

    /// <summary>The extraction itself, without the safety net, so tests can see any exception a rule raises.</summary>
    internal IReadOnlyList<CitationMatch> ExtractCore(string text, CitationScope scope)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var context = new CitationContext(text);
        return ScopeResolver.Resolve(context, Candidates(context), scope);
    }

    /// <summary>Every rule's candidates, overlaps settled.</summary>
    private List<CitationCandidate> Candidates(CitationContext context)
    {
        var candidates = new List<CitationCandidate>();
        for (var i = 0; i < _rules.Length; i++)
        {
            if (!_rules[i].Triggers(context)) continue;
            var before = candidates.Count;
            _rules[i].Find(context, candidates);
            for (var k = before; k < candidates.Count; k++) candidates[k].Priority = i;
        }
        return OverlapResolver.Resolve(candidates);
    }
}
