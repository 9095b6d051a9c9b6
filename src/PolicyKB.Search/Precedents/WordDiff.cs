using DiffPlex;
using DiffPlex.Chunkers;

namespace PolicyKB.Search.Precedents;

/// <summary>
/// Word-level comparison of a drafter's text with a precedent. The alignment is DiffPlex's (Myers' diff) over the
/// words compared without case, diacritics or surrounding punctuation, so "sức khoẻ," and "sức khỏe" are equal; it is
/// rendered as runs of equal, deleted and inserted words that concatenate back to the texts.
/// </summary>
public static class WordDiff
{
    /// <summary>The segments turning <paramref name="input"/> into <paramref name="precedent"/>.</summary>
    public static IReadOnlyList<DiffSegment> Compute(string input, string precedent) =>
        Compare(input, precedent, WordWeights.Uniform).Diff;

    /// <summary>The diff, the weighted similarity and the shared phrases of the two texts.</summary>
    public static WordComparison Compare(string input, string precedent, WordWeights weights)
    {
        var a = WordTokenizer.Tokenize(input);
        var b = WordTokenizer.Tokenize(precedent);
        var weightA = weights.Weigh(a);
        var weightB = weights.Weigh(b);
        var segments = new List<DiffSegment>();
        double equal = 0;
        var (x, y) = (0, 0);
        void Equal(int count)
        {
            for (var k = 0; k < count; k++, x++, y++)
            {
                equal += weightA[x] + weightB[y];
                Add(segments, "equal", b[y].Text);
            }
        }
        if (a.Count > 0 && b.Count > 0)
        {
            // Each word on its own line: DiffPlex's line chunker then diffs word by word.
            var result = Differ.Instance.CreateDiffs(
                string.Join('\n', a.Select(t => t.Key)), string.Join('\n', b.Select(t => t.Key)), false, false, LineChunker.Instance);
            foreach (var block in result.DiffBlocks)
            {
                Equal(block.DeleteStartA - x);
                for (; x < block.DeleteStartA + block.DeleteCountA; x++) Add(segments, "delete", a[x].Text);
                for (; y < block.InsertStartB + block.InsertCountB; y++) Add(segments, "insert", b[y].Text);
            }
            Equal(Math.Min(a.Count - x, b.Count - y));
        }
        for (; x < a.Count; x++) Add(segments, "delete", a[x].Text);
        for (; y < b.Count; y++) Add(segments, "insert", b[y].Text);

        var total = weightA.Sum() + weightB.Sum();
        return new WordComparison(segments, total == 0 ? 0 : equal / total, SharedPhrases.Find(a, b, weightB));
    }

    /// <summary>Share of words the two texts have in common (Dice coefficient over the aligned words), 0–1, every word counting 1.</summary>
    public static double Similarity(IReadOnlyList<DiffSegment> segments)
    {
        int same = 0, other = 0;
        foreach (var s in segments)
        {
            var count = WordTokenizer.Tokenize(s.Text).Count;
            if (s.Kind == "equal") same += count; else other += count;
        }
        return same + other == 0 ? 0 : 2.0 * same / (2.0 * same + other);
    }

    private static void Add(List<DiffSegment> segments, string kind, string word)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + word };
        else segments.Add(new DiffSegment(kind, word));
    }
}
