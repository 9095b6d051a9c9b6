using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PolicyKB.Text;

/// <summary>
/// Learns syllable statistics from clean text and writes them in the lexicon format read by
/// <see cref="SyllableLexicon"/>: tone-neutral unigram counts with Kneser-Ney continuation counts, spelled
/// forms seen often enough to be real, and bigram counts. Only counts are written, never the text itself.
/// </summary>
public sealed class SyllableCounter
{
    /// <summary>Header line identifying the format.</summary>
    public const string FormatHeader = "#policykb-syllables\t1";

    private readonly Dictionary<string, int> _keyIds = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<long> _keyCounts = [];
    private readonly Dictionary<string, long> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _bigrams = [];
    private long _tokens;

    /// <summary>Adds one text (a line or a whole document), normalised first with <see cref="VietnameseText.Normalize"/>'s character map.</summary>
    public void Add(string text)
    {
        var previous = -1;
        SyllableTokenizer.Tokenize(CharacterMap.Map(text ?? string.Empty), (token, chained) =>
        {
            var lower = token.ToLowerInvariant();
            _surfaces[lower] = _surfaces.GetValueOrDefault(lower) + 1;
            var key = VietnameseLetters.Key(lower);
            if (!_keyIds.TryGetValue(key, out var id))
            {
                id = _keys.Count;
                _keyIds[key] = id;
                _keys.Add(key);
                _keyCounts.Add(0);
            }
            _keyCounts[id]++;
            _tokens++;
            if (chained && previous >= 0)
            {
                var pair = ((long)previous << 32) | (uint)id;
                _bigrams[pair] = _bigrams.GetValueOrDefault(pair) + 1;
            }
            previous = id;
        });
    }

    /// <summary>
    /// Writes the gzip-compressed lexicon. Spellings seen fewer than <paramref name="minSurface"/> times and
    /// bigrams seen fewer than <paramref name="minBigram"/> times are left out (they are mostly noise); the
    /// continuation counts are computed before pruning so the model stays consistent.
    /// </summary>
    public void Write(Stream output, int minSurface = 3, int minBigram = 2)
    {
        var continuation = new int[_keys.Count];
        var successors = new int[_keys.Count];
        var leftTotals = new long[_keys.Count];
        foreach (var (pair, count) in _bigrams)
        {
            var (left, right) = ((int)(pair >> 32), (int)(pair & 0xFFFFFFFF));
            continuation[right]++;
            successors[left]++;
            leftTotals[left] += count;
        }

        // Renumber keys by descending frequency so the ids in bigram lines are short.
        var order = Enumerable.Range(0, _keys.Count).OrderByDescending(i => _keyCounts[i]).ThenBy(i => _keys[i], StringComparer.Ordinal).ToArray();
        var newId = new int[_keys.Count];
        for (var i = 0; i < order.Length; i++) newId[order[i]] = i;

        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(FormatHeader);
        writer.WriteLine(string.Create(inv, $"T\t{_tokens}\t{_bigrams.Count}"));
        foreach (var i in order)
            writer.WriteLine(string.Create(inv, $"K\t{_keys[i]}\t{_keyCounts[i]}\t{continuation[i]}\t{successors[i]}\t{leftTotals[i]}"));
        foreach (var (surface, count) in _surfaces.Where(s => s.Value >= minSurface).OrderBy(s => s.Key, StringComparer.Ordinal))
            writer.WriteLine(string.Create(inv, $"S\t{surface}\t{count}"));
        var kept = _bigrams.Where(b => b.Value >= minBigram)
            .Select(b => (Left: newId[(int)(b.Key >> 32)], Right: newId[(int)(b.Key & 0xFFFFFFFF)], Count: b.Value))
            .OrderBy(b => b.Left).ThenBy(b => b.Right);
        foreach (var (left, right, count) in kept)
            writer.WriteLine(string.Create(inv, $"B\t{left}\t{right}\t{count}"));
    }
}
