using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Abbreviations and synonyms of Vietnamese administration and health ("bhyt" ↔ "bảo hiểm y tế"), read from a plain
/// tab-separated file users can edit: one group per line, the abbreviation or word first, then its equivalents.
/// Lines starting with '#' are comments. Matching ignores case and diacritics.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, List<string[]>> _byFoldedPhrase = new(StringComparer.Ordinal);

    /// <summary>An empty table.</summary>
    public static SynonymTable Empty { get; } = new([]);

    /// <summary>Builds a table from groups of equivalent expressions.</summary>
    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            var forms = group.Select(Words).Where(w => w.Length > 0).ToList();
            foreach (var form in forms)
            {
                var key = string.Join(' ', form.Select(VietnameseNormalizer.Fold));
                if (!_byFoldedPhrase.TryGetValue(key, out var list)) _byFoldedPhrase[key] = list = [];
                list.AddRange(forms.Where(f => !ReferenceEquals(f, form)));
            }
        }
        LongestPhrase = _byFoldedPhrase.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    /// <summary>Number of words in the longest expression.</summary>
    public int LongestPhrase { get; }

    /// <summary>Number of distinct expressions.</summary>
    public int Count => _byFoldedPhrase.Count;

    /// <summary>Loads the file; a missing file gives an empty table.</summary>
    public static SynonymTable Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        var groups = File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (IReadOnlyList<string>)l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(g => g.Count > 1);
        return new SynonymTable(groups);
    }

    /// <summary>The equivalents of the words <paramref name="words"/>[start..start+length), each as its words.</summary>
    public IReadOnlyList<string[]> Expand(IReadOnlyList<string> words, int start, int length)
    {
        var key = string.Join(' ', words.Skip(start).Take(length).Select(VietnameseNormalizer.Fold));
        return _byFoldedPhrase.TryGetValue(key, out var list) ? list : [];
    }

    private static string[] Words(string expression) =>
        QueryTermsParser.Parse(expression).Words.ToArray();
}
