namespace PolicyKB.Answering.Knowledge;

/// <summary>
/// How many clauses contain each syllable key, for weighting question words by how much they say: a word found in few
/// clauses ("giường", "vạn") decides more than one found everywhere ("thực hiện"), and a word found in none weighs most,
/// so a question about something the documents never mention cannot look covered.
/// </summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _folded = new(StringComparer.Ordinal);

    /// <summary>Number of clauses counted.</summary>
    public int ClauseCount { get; private set; }

    /// <summary>Counts one clause given its distinct exact and folded keys.</summary>
    public void Add(IEnumerable<string> exactKeys, IEnumerable<string> foldedKeys)
    {
        ClauseCount++;
        foreach (var key in exactKeys) _exact[key] = _exact.GetValueOrDefault(key) + 1;
        foreach (var key in foldedKeys) _folded[key] = _folded.GetValueOrDefault(key) + 1;
    }

    /// <summary>Number of clauses containing the key.</summary>
    public int DocumentFrequency(string key, bool folded) => (folded ? _folded : _exact).GetValueOrDefault(key);

    /// <summary>Inverse document frequency (BM25 form, always positive); largest for keys found nowhere.</summary>
    public double Idf(string key, bool folded)
    {
        var df = DocumentFrequency(key, folded);
        return Math.Log(1 + (ClauseCount - df + 0.5) / (df + 0.5));
    }
}
