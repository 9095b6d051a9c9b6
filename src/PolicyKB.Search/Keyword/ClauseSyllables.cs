using Lucene.Net.Analysis.Miscellaneous;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A text's lowercased syllables (the first two links of <see cref="VietnameseAnalyzer"/>'s chain), accented and folded, read once for indexing: the shingle fields of a clause
/// (<see cref="ShingleTokenStream"/>) are built from them instead of running the analysis chain once per field. Each is a
/// <see cref="Syllable"/> shared by every occurrence the reading thread meets, with its terms' UTF-8 bytes made once.
/// Folding is Lucene's own <see cref="ASCIIFoldingFilter.FoldToASCII(char[], int, char[], int, int)"/>, so the terms are those
/// <see cref="Analysis.VietnameseAnalyzer"/>'s shingle variants give.
/// </summary>
internal sealed class ClauseSyllables
{
    private Syllable[] _items;

    private ClauseSyllables(Syllable[] items)
    {
        _items = items;
        Count = items.Length;
    }

    /// <summary>No syllables (an empty text).</summary>
    public static ClauseSyllables Empty { get; } = new([]);

    /// <summary>The syllables: the first <see cref="Count"/> items (all of them unless <see cref="ReadAgain"/> reused the array).</summary>
    public Syllable[] Items => _items;

    /// <summary>Lowercased syllables as written (a new array of <see cref="Count"/> items: for tests and diagnostics).</summary>
    public string[] Accented => Array.ConvertAll(_items[..Count], s => s.Accented);

    /// <summary>The same syllables folded to ASCII ("định" → "dinh", "đ" → "d"), as many as <see cref="Accented"/> (a new array).</summary>
    public string[] Folded => Array.ConvertAll(_items[..Count], s => s.Folded);

    /// <summary>How many syllables the text has.</summary>
    public int Count { get; private set; }

    /// <summary>This thread's reader, reused text after text with the syllables it has met.</summary>
    [ThreadStatic]
    private static SyllableReader? _reader;

    /// <summary>This thread's holder that <see cref="Of"/> reads into before copying out exactly as many syllables as were read.</summary>
    [ThreadStatic]
    private static ClauseSyllables? _scratch;

    /// <summary>Reads <paramref name="text"/>.</summary>
    public static ClauseSyllables Of(string text)
    {
        // Read into grown arrays kept by the thread, then copied once at their size: a text read ahead is kept until its
        // file is indexed, and reading into new arrays grew each of them several times before trimming.
        var scratch = _scratch ??= Reusable();
        scratch.ReadAgain(text);
        return new ClauseSyllables(scratch._items[..scratch.Count]);
    }

    /// <summary>A holder to read text after text into (<see cref="ReadAgain"/>), its arrays kept and grown as needed.</summary>
    public static ClauseSyllables Reusable() => new([]);

    /// <summary>
    /// Reads <paramref name="text"/> into this holder's arrays, replacing what they held: the index step reads every
    /// clause this way, so the arrays are not allocated (and copied out of a list) once per text.
    /// </summary>
    public void ReadAgain(string text)
    {
        var reader = _reader ??= new SyllableReader();
        try
        {
            reader.Read(text, this);
        }
        catch
        {
            // A text read half-way leaves no syllables.
            Count = 0;
            throw;
        }
    }

    private void Add(Syllable syllable)
    {
        if (Count == _items.Length) Array.Resize(ref _items, Math.Max(16, Count * 2));
        _items[Count++] = syllable;
    }

    /// <summary>
    /// <paramref name="term"/> folded to ASCII as <see cref="ASCIIFoldingFilter"/> folds it; the same instance when it is all
    /// ASCII (the filter then leaves it alone, and emits no second term when keeping the original).
    /// </summary>
    public static string Fold(string term)
    {
        if (!term.AsSpan().ContainsAnyExceptInRange('\0', '\u007F')) return term;
        // As ASCIIFoldingFilter sizes it: a character folds to at most four.
        var input = term.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>
    /// The first two links of the analyzer's chain, its tokenizer's pattern and its lower-casing, kept for reuse by one
    /// thread, with the syllables it has met: a syllable seen before (most of them, in a language of a few thousand
    /// syllables) is the same <see cref="Syllable"/> again, with its folded form and their bytes, instead of two or three
    /// new strings and two arrays per word read. The tokens are read straight from the text, not through Lucene's token
    /// stream (a reader's copy of the text, every attribute cleared, the term and its offsets copied, per token): the
    /// same tokens (<see cref="VietnameseTokenizer.Tokens"/>) lowercased the same way (<see cref="InvariantLowerCaseFilter.Lower"/>).
    /// </summary>
    private sealed class SyllableReader
    {
        /// <summary>Beyond this many distinct syllables (numbers, codes, foreign words) the memory starts again.</summary>
        private const int MaxRemembered = 50_000;

        private readonly Dictionary<string, Syllable> _known = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Syllable>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        private char[] _term = new char[64];

        public SyllableReader() => _bySpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Read(string text, ClauseSyllables target)
        {
            target.Count = 0;
            foreach (var token in VietnameseTokenizer.Tokens(text))
            {
                if (_term.Length < token.Length) _term = new char[Math.Max(token.Length, 2 * _term.Length)];
                text.CopyTo(token.Index, _term, 0, token.Length);
                InvariantLowerCaseFilter.Lower(_term, token.Length);
                var span = _term.AsSpan(0, token.Length);
                if (!_bySpan.TryGetValue(span, out var syllable))
                {
                    if (_known.Count >= MaxRemembered) _known.Clear();
                    syllable = Syllable.Of(new string(span));
                    _known[syllable.Accented] = syllable;
                }
                target.Add(syllable);
            }
        }
    }
}
