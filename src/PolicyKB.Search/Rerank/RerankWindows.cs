namespace PolicyKB.Search.Rerank;

/// <summary>
/// Proximity for the reranker: how many distinct query words the best window of a clause holds. A long clause that
/// mentions the query's words far apart is less likely the answer than a short passage holding them together.
/// </summary>
internal static class RerankWindows
{
    /// <summary>Window length in words (about two sentences of a clause).</summary>
    public const int Length = 30;

    /// <summary>The most distinct <paramref name="queryWords"/> any <see cref="Length"/>-word window of <paramref name="words"/> holds.</summary>
    public static int BestWindow(IReadOnlyList<string> words, IReadOnlyCollection<string> queryWords)
    {
        if (queryWords.Count == 0 || words.Count == 0) return 0;
        var wanted = queryWords as IReadOnlySet<string> ?? queryWords.ToHashSet(StringComparer.Ordinal);
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (wanted.Contains(words[i])) inWindow[words[i]] = inWindow.GetValueOrDefault(words[i]) + 1;
            var leaving = i - Length;
            if (leaving >= 0 && wanted.Contains(words[leaving]) && --inWindow[words[leaving]] == 0) inWindow.Remove(words[leaving]);
            best = Math.Max(best, inWindow.Count);
        }
        return best;
    }
}
