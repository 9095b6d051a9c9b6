namespace PolicyKB.Search.Embeddings;

/// <summary>Unigram^0.75 table for drawing negative samples in O(1) (word2vec's table method).</summary>
internal sealed class NegativeTable
{
    private readonly int[] _table;

    /// <summary>Builds a table of about <paramref name="size"/> entries for <paramref name="counts"/>.</summary>
    public NegativeTable(long[] counts, int size = 1 << 22)
    {
        var weights = counts.Select(c => Math.Pow(c, 0.75)).ToArray();
        var total = weights.Sum();
        var table = new List<int>(size + counts.Length);
        for (var u = 0; u < counts.Length; u++)
        {
            var slots = Math.Max(1, (int)Math.Round(weights[u] / total * size));
            for (var k = 0; k < slots; k++) table.Add(u);
        }
        _table = table.ToArray();
    }

    /// <summary>Draws one unit id.</summary>
    public int Draw(ref FastRandom random) => _table[random.Next(_table.Length)];
}
