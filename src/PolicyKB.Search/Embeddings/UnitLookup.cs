namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Finds vocabulary units in token sequences: exact text first, then the diacritic-folded text, which maps to the
/// group of units sharing that fold ("bao hiem" → "bảo hiểm"; "bao" → bảo, báo, bão, bao…). Lookups go through
/// span-keyed dictionaries so encoding allocates no key strings.
/// </summary>
internal sealed class UnitLookup
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _folded;
    private readonly int[] _groupOffsets;
    private readonly int[] _groupMembers;
    private readonly string[] _units;

    /// <summary>Indexes <paramref name="units"/>; group members are ordered by descending count (unit id order).</summary>
    public UnitLookup(string[] units)
    {
        _units = units;
        var exact = new Dictionary<string, int>(units.Length, StringComparer.Ordinal);
        for (var u = 0; u < units.Length; u++) exact.TryAdd(units[u], u);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var u = 0; u < units.Length; u++)
        {
            var key = TextFolding.Fold(units[u]);
            if (!groups.TryGetValue(key, out var list)) groups.Add(key, list = []);
            list.Add(u);
        }
        var folded = new Dictionary<string, int>(groups.Count, StringComparer.Ordinal);
        _groupOffsets = new int[groups.Count + 1];
        _groupMembers = new int[units.Length];
        var g = 0;
        var m = 0;
        foreach (var (key, members) in groups)
        {
            folded.Add(key, g);
            _groupOffsets[g] = m;
            foreach (var u in members) _groupMembers[m++] = u;
            g++;
        }
        _groupOffsets[g] = m;
        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _folded = folded.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxSyllables = units.Length == 0 ? 1 : units.Max(PhraseMerger.Syllables);
    }

    /// <summary>Longest unit in syllables: the greedy matcher never tries longer spans.</summary>
    public int MaxSyllables { get; }

    /// <summary>The text of unit <paramref name="unit"/>.</summary>
    public string Text(int unit) => _units[unit];

    /// <summary>The unit spelled exactly <paramref name="key"/>, or -1.</summary>
    public int Exact(ReadOnlySpan<char> key) => _exact.TryGetValue(key, out var u) ? u : -1;

    /// <summary>The units whose folded form is <paramref name="foldedKey"/> (empty when none).</summary>
    public ReadOnlySpan<int> Folded(ReadOnlySpan<char> foldedKey) =>
        _folded.TryGetValue(foldedKey, out var g)
            ? _groupMembers.AsSpan(_groupOffsets[g], _groupOffsets[g + 1] - _groupOffsets[g])
            : [];
}
