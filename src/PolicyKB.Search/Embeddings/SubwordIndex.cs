namespace PolicyKB.Search.Embeddings;

/// <summary>
/// The input rows that make up each unit's vector: its own row, the row of its diacritic-folded form (shared by
/// "bảo hiểm", "bảo hiễm" and "bao hiem") and its hashed character n-gram rows. Stored as one flat array with
/// offsets (CSR) so the training loop touches no objects.
/// </summary>
internal sealed class SubwordIndex
{
    private SubwordIndex(int[] offsets, int[] rows, int foldCount, int rowCount)
    {
        Offsets = offsets;
        Rows = rows;
        FoldCount = foldCount;
        RowCount = rowCount;
    }

    /// <summary>Rows of unit u are <c>Rows[Offsets[u]..Offsets[u + 1]]</c>.</summary>
    public int[] Offsets { get; }

    /// <summary>Flat row indices.</summary>
    public int[] Rows { get; }

    /// <summary>Distinct folded forms.</summary>
    public int FoldCount { get; }

    /// <summary>Input matrix rows: units, then folded forms, then n-gram buckets.</summary>
    public int RowCount { get; }

    /// <summary>The rows of unit <paramref name="unit"/>.</summary>
    public ReadOnlySpan<int> Of(int unit) => Rows.AsSpan(Offsets[unit], Offsets[unit + 1] - Offsets[unit]);

    /// <summary>Builds the index for <paramref name="units"/>.</summary>
    public static SubwordIndex Build(string[] units, int minN, int maxN, int buckets)
    {
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var folded = TextFolding.Fold(unit);
            if (!folds.ContainsKey(folded)) folds.Add(folded, folds.Count);
        }
        var foldBase = units.Length;
        var bucketBase = foldBase + folds.Count;
        var offsets = new int[units.Length + 1];
        var rows = new List<int>(units.Length * 16);
        var grams = new List<int>();
        for (var u = 0; u < units.Length; u++)
        {
            offsets[u] = rows.Count;
            rows.Add(u);
            rows.Add(foldBase + folds[TextFolding.Fold(units[u])]);
            grams.Clear();
            CharNGrams.AppendBuckets(units[u], minN, maxN, buckets, grams);
            foreach (var g in grams) rows.Add(bucketBase + g);
        }
        offsets[units.Length] = rows.Count;
        return new SubwordIndex(offsets, rows.ToArray(), folds.Count, bucketBase + buckets);
    }
}
