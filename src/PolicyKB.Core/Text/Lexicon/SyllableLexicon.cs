using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PolicyKB.Text;

/// <summary>
/// Vietnamese syllable statistics learned from a public corpus of official documents (see
/// tools/PolicyKB.LexiconBuilder): which spellings are real, and a bigram language model with interpolated
/// Kneser-Ney smoothing over tone-neutral syllable keys. Loaded once, lazily, from an embedded resource.
/// </summary>
internal sealed class SyllableLexicon
{
    /// <summary>Manifest name of the embedded lexicon.</summary>
    public const string ResourceName = "PolicyKB.Resources.Text.syllables.tsv.gz";

    private const double Discount = 0.75;
    private const int MinSurfaceCount = 3;

    private static readonly Lazy<SyllableLexicon?> _default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idLookup;
    private readonly List<Entry> _entries = [];
    private readonly HashSet<string> _surfaces = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
    private readonly Dictionary<string, int> _surfaceCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _bigrams = [];
    private double _logTokens;
    private double _bigramTypes = 1;

    private SyllableLexicon()
    {
        _idLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _surfaceLookup = _surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded lexicon, or null when the resource is missing or unreadable.</summary>
    public static SyllableLexicon? Default => _default.Value;

    /// <summary>The known lowercase spellings with how often the corpus wrote each.</summary>
    public IReadOnlyDictionary<string, int> SurfaceCounts => _surfaceCounts;

    /// <summary>Number of distinct syllable keys.</summary>
    public int KeyCount => _entries.Count;

    /// <summary>Reads a lexicon written by <see cref="SyllableCounter.Write"/>.</summary>
    public static SyllableLexicon Read(Stream gzipped)
    {
        var lexicon = new SyllableLexicon();
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        if (reader.ReadLine() != SyllableCounter.FormatHeader) throw new InvalidDataException("not a PolicyKB syllable lexicon");
        while (reader.ReadLine() is { } line) lexicon.ReadLine(line);
        return lexicon;
    }

    /// <summary>Id of a tone-neutral key (see <see cref="VietnameseLetters.Key(ReadOnlySpan{char})"/>), or -1 when never seen.</summary>
    public int IdOf(ReadOnlySpan<char> key) => _idLookup.TryGetValue(key, out var id) ? id : -1;

    /// <summary>Whether a lowercase spelling was seen often enough in clean text to be a real word.</summary>
    public bool IsKnownSpelling(string lowercase) => _surfaces.Contains(lowercase);

    /// <summary><see cref="IsKnownSpelling(string)"/> of a spelling not made a string.</summary>
    public bool IsKnownSpelling(ReadOnlySpan<char> lowercase) => _surfaceLookup.Contains(lowercase);

    /// <summary>Whether the two syllables were seen side by side.</summary>
    public bool HasBigram(int left, int right) => left >= 0 && right >= 0 && _bigrams.ContainsKey(Pair(left, right));

    /// <summary>Log probability of a syllable with no left neighbour (add-0.1 smoothed unigram).</summary>
    public double LogUnigram(int id) => Math.Log((id >= 0 ? _entries[id].Count : 0) + 0.1) - _logTokens;

    /// <summary>Log P(right | left) under interpolated Kneser-Ney; falls back to the unigram without a known left.</summary>
    public double LogBigram(int left, int right)
    {
        if (left < 0 || _entries[left].LeftTotal == 0) return LogUnigram(right);
        var entry = _entries[left];
        var count = right >= 0 ? _bigrams.GetValueOrDefault(Pair(left, right)) : 0;
        var continuation = ((right >= 0 ? _entries[right].Continuation : 0) + 0.1) / _bigramTypes;
        var probability = Math.Max(count - Discount, 0) / entry.LeftTotal
                          + Discount * entry.Successors / entry.LeftTotal * continuation;
        return Math.Log(probability);
    }

    private void ReadLine(string line)
    {
        var fields = line.Split('\t');
        var inv = CultureInfo.InvariantCulture;
        switch (fields[0])
        {
            case "T":
                _logTokens = Math.Log(Math.Max(1, long.Parse(fields[1], inv)));
                _bigramTypes = Math.Max(1, long.Parse(fields[2], inv));
                break;
            case "K":
                _ids[fields[1]] = _entries.Count;
                _entries.Add(new Entry(long.Parse(fields[2], inv), int.Parse(fields[3], inv), int.Parse(fields[4], inv), long.Parse(fields[5], inv)));
                break;
            case "S":
                var surfaceCount = int.Parse(fields[2], inv);
                if (surfaceCount < MinSurfaceCount) break;
                _surfaces.Add(fields[1]);
                _surfaceCounts[fields[1]] = surfaceCount;
                break;
            case "B":
                _bigrams[Pair(int.Parse(fields[1], inv), int.Parse(fields[2], inv))] = int.Parse(fields[3], inv);
                break;
        }
    }

    private static long Pair(int left, int right) => ((long)left << 32) | (uint)right;

    private static SyllableLexicon? LoadEmbedded()
    {
        try
        {
            using var stream = typeof(SyllableLexicon).Assembly.GetManifestResourceStream(ResourceName);
            return stream is null ? null : Read(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or IndexOutOfRangeException or OverflowException)
        {
            return null; // a damaged resource disables glyph repair; it must not break ingestion
        }
    }

    private readonly record struct Entry(long Count, int Continuation, int Successors, long LeftTotal);
}
