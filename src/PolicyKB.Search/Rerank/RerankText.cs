using PolicyKB.Search.Embeddings;

namespace PolicyKB.Search.Rerank;

/// <summary>
/// The words of a text as the reranker compares them: lower case as written (for accent-exact matches) and folded
/// (no diacritics, đ → d). Per-character folding, since the reranker reads every candidate clause of every query.
/// </summary>
internal sealed class RerankText
{
    private RerankText(List<string> exact, List<string> folded)
    {
        Exact = exact;
        Folded = folded;
        FoldedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in folded) FoldedCounts[word] = FoldedCounts.GetValueOrDefault(word) + 1;
        ExactSet = exact.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words, lower case as written.</summary>
    public List<string> Exact { get; }

    /// <summary>The words folded.</summary>
    public List<string> Folded { get; }

    /// <summary>How often each folded word occurs.</summary>
    public Dictionary<string, int> FoldedCounts { get; }

    /// <summary>The distinct words as written.</summary>
    public HashSet<string> ExactSet { get; }

    /// <summary>Adjacent folded word pairs ("bao", "hiem").</summary>
    public HashSet<(string, string)> Bigrams()
    {
        var pairs = new HashSet<(string, string)>();
        for (var i = 1; i < Folded.Count; i++) pairs.Add((Folded[i - 1], Folded[i]));
        return pairs;
    }

    /// <summary>Adds to <paramref name="found"/> those of <paramref name="pairs"/> that occur here as adjacent words (a scan: no set per candidate).</summary>
    public void FindBigrams(HashSet<(string, string)> pairs, HashSet<(string, string)> found)
    {
        if (pairs.Count == 0) return;
        for (var i = 1; i < Folded.Count; i++)
        {
            var pair = (Folded[i - 1], Folded[i]);
            if (pairs.Contains(pair)) found.Add(pair);
        }
    }

    /// <summary>Splits <paramref name="text"/> into words (letters, marks and digits), at most <paramref name="maxWords"/>.</summary>
    public static RerankText Of(string text, int maxWords = 2000)
    {
        var exact = new List<string>();
        var folded = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length && exact.Count < maxWords; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                exact.Add(word);
                folded.Add(TextFolding.Fold(word));
                start = -1;
            }
        }
        return new RerankText(exact, folded);
    }
}
