using System.Globalization;
using System.Text;

namespace PolicyKB.Search.Translation;

/// <summary>
/// A pruned translation model (<see cref="TranslationTrainer"/>): for a query word, the passage words it is said as
/// and t(passage word | query word). Stored as tab-separated lines "query word, passage word, probability" (content/models/policykb-translation.tsv),
/// # lines are comments.
/// </summary>
public sealed class TranslationTable
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<(string Word, double Probability)>> _rows;

    /// <summary>Creates a table of the given rows (each row best first).</summary>
    public TranslationTable(IReadOnlyDictionary<string, IReadOnlyList<(string Word, double Probability)>> rows) => _rows = rows;

    /// <summary>Query words with a row.</summary>
    public int Count => _rows.Count;

    /// <summary>Entries over all rows.</summary>
    public int Entries => _rows.Values.Sum(r => r.Count);

    /// <summary>The row of <paramref name="word"/> (a <see cref="TranslationUnits"/> unit), empty when unknown.</summary>
    public IReadOnlyList<(string Word, double Probability)> Row(string word) => _rows.TryGetValue(word, out var row) ? row : [];

    /// <summary>
    /// The query translated into passage words it does not already hold: p(f | q) = (1 / |q|) Σ_e t(f | e) over the
    /// query's units e (Berger and Lafferty's translation of the whole query), the <paramref name="max"/> best with at
    /// least <paramref name="minShare"/> of the best one's probability. Empty for a query of no unit or no known one.
    /// </summary>
    public IReadOnlyList<(string Word, double Probability)> Expand(string query, int max, double minShare = 0.1)
    {
        var units = TranslationUnits.Of(query);
        if (units.Count == 0 || max <= 0) return [];
        var own = units.ToHashSet(StringComparer.Ordinal);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var unit in own)
        {
            foreach (var (word, p) in Row(unit))
            {
                if (!own.Contains(word)) scores[word] = scores.GetValueOrDefault(word) + p / own.Count;
            }
        }
        if (scores.Count == 0) return [];
        var best = scores.Values.Max();
        return scores.Where(s => s.Value >= minShare * best)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(max)
            .Select(s => (s.Key, s.Value))
            .ToList();
    }

    /// <summary>Reads a table written by <see cref="Save"/>; a missing file gives null.</summary>
    public static TranslationTable? Load(string path)
    {
        if (!File.Exists(path)) return null;
        var rows = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 3 || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
            {
                throw new InvalidDataException($"{path}: dòng không đúng dạng \"từ nguồn<TAB>từ đích<TAB>xác suất\": {line}");
            }
            if (!rows.TryGetValue(parts[0], out var row)) rows[parts[0]] = row = [];
            row.Add((parts[1], p));
        }
        return new TranslationTable(rows.ToDictionary(r => r.Key, r => (IReadOnlyList<(string, double)>)r.Value, StringComparer.Ordinal));
    }

    /// <summary>Writes the table (rows in ordinal order, entries best first, probabilities to 4 decimals) after the <paramref name="header"/> comment lines.</summary>
    public void Save(string path, IEnumerable<string> header)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var line in header) writer.WriteLine("# " + line);
        foreach (var (word, row) in _rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            foreach (var (target, p) in row) writer.WriteLine($"{word}\t{target}\t{p.ToString("0.0000", CultureInfo.InvariantCulture)}");
        }
    }
}
