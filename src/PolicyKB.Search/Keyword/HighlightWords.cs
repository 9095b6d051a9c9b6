using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// What a result highlights, respecting the marks the user typed: a word typed with diacritics highlights only that
/// form ("cơ sở" highlights neither "số" nor "có"; "Hà Tĩnh" not "tình hình"), a word typed without highlights every
/// form ("co so" highlights "cơ sở", "có", "số"). Expansions of abbreviations highlight in any form.
/// </summary>
/// <param name="Exact">Lower-case words typed with diacritics, matched as typed.</param>
/// <param name="Folded">Folded words typed without diacritics (and expansions), matched in any form.</param>
public sealed record HighlightWords(IReadOnlySet<string> Exact, IReadOnlySet<string> Folded)
{
    private readonly HashSet<string> _exactFolded = Exact.Select(VietnameseNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _folded = Folded.ToHashSet(StringComparer.Ordinal);

    /// <summary>True when nothing would be highlighted.</summary>
    public bool IsEmpty => Exact.Count == 0 && Folded.Count == 0;

    /// <summary>True when a token of the text (as written) is one of the words.</summary>
    public bool Matches(string token) => Matches(token.AsSpan());

    /// <summary>
    /// True when a token of the text (as written) is one of the words. Every word of every result on the page is
    /// checked, so a Latin-script token is folded on the stack and looked up without a string of its own.
    /// </summary>
    public bool Matches(ReadOnlySpan<char> token)
    {
        // Folding is cheap and rules out most tokens; the exact form is only built for a token that folds to a typed word.
        Span<char> buffer = stackalloc char[64];
        if (token.Length > buffer.Length || !VietnameseNormalizer.TryFold(token, buffer, out var written)) return MatchesFolded(token.ToString(), VietnameseNormalizer.Fold(token.ToString()));
        var folded = buffer[..written];
        if (_folded.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded)) return true;
        return _exactFolded.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded) && MatchesFolded(token.ToString(), folded.ToString());
    }

    private bool MatchesFolded(string token, string folded)
    {
        if (_folded.Contains(folded)) return true;
        return _exactFolded.Contains(folded) && Exact.Contains(VietnameseNormalizer.Normalize(token).ToLowerInvariant());
    }

    /// <summary>The words of <paramref name="terms"/> and their single-word synonyms' expansions.</summary>
    public static HighlightWords From(QueryTerms terms, SynonymTable synonyms)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in terms.Words)
        {
            var lower = VietnameseNormalizer.Normalize(word).ToLowerInvariant();
            var fold = VietnameseNormalizer.Fold(lower);
            if (string.Equals(fold, lower, StringComparison.Ordinal)) folded.Add(fold);
            else exact.Add(lower);
        }
        for (var i = 0; i < terms.Words.Count; i++)
        {
            foreach (var expansion in synonyms.Expand(terms.Words, i, 1)) folded.UnionWith(expansion.Select(VietnameseNormalizer.Fold));
        }
        return new HighlightWords(exact, folded);
    }

    /// <summary>Words matched in any form (folded), as highlighting did before accents were respected.</summary>
    public static HighlightWords AnyForm(IEnumerable<string> foldedWords) =>
        new(new HashSet<string>(StringComparer.Ordinal), foldedWords.ToHashSet(StringComparer.Ordinal));
}
