namespace PolicyKB.Search.Embeddings;

/// <summary>
/// The training corpus after phrase merging and pruning: units sorted by descending count (ties by ordinal text, so
/// ids are deterministic), the token stream over unit ids, and where each sentence starts.
/// </summary>
internal sealed class TrainingData
{
    private TrainingData(string[] units, long[] counts, int[] tokens, int[] sentenceStarts)
    {
        Units = units;
        Counts = counts;
        Tokens = tokens;
        SentenceStarts = sentenceStarts;
    }

    /// <summary>Unit texts (syllables joined by one space).</summary>
    public string[] Units { get; }

    /// <summary>Occurrences of each unit in the corpus.</summary>
    public long[] Counts { get; }

    /// <summary>The corpus as unit ids, pruned units removed.</summary>
    public int[] Tokens { get; }

    /// <summary>Start of each sentence in <see cref="Tokens"/>, followed by <c>Tokens.Length</c>.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>Total occurrences of kept units.</summary>
    public long TotalCount => Tokens.LongLength;

    /// <summary>Keeps units seen at least <paramref name="minCount"/> times (at most <paramref name="maxUnits"/> of them).</summary>
    public static TrainingData Build(TokenStream stream, int minCount, int maxUnits)
    {
        var counts = stream.CountIds();
        var order = Enumerable.Range(0, counts.Length)
            .Where(id => counts[id] >= minCount)
            .OrderByDescending(id => counts[id])
            .ThenBy(id => stream.Strings[id], StringComparer.Ordinal)
            .Take(maxUnits)
            .ToArray();
        var remap = new int[counts.Length];
        Array.Fill(remap, -1);
        for (var i = 0; i < order.Length; i++) remap[order[i]] = i;

        var tokens = new List<int>(stream.Count);
        var starts = new List<int>();
        var pendingSentence = true;
        for (var i = 0; i < stream.Count; i++)
        {
            if (stream.Breaks[i] == TokenBreak.Sentence) pendingSentence = true;
            var id = remap[stream.Ids[i]];
            if (id < 0) continue;
            if (pendingSentence) starts.Add(tokens.Count);
            pendingSentence = false;
            tokens.Add(id);
        }
        starts.Add(tokens.Count);
        var unitCounts = new long[order.Length];
        foreach (var t in tokens) unitCounts[t]++;
        return new TrainingData(order.Select(id => stream.Strings[id]).ToArray(), unitCounts, tokens.ToArray(), starts.ToArray());
    }
}
