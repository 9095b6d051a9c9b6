using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A text's lowercased syllables (the first two links of <see cref="VietnameseAnalyzer"/>'s chain), accented and folded, read once for indexing: the shingle fields of a clause
/// (<see cref="ShingleTokenStream"/>) are built from them instead of running the analysis chain once per field.
/// Folding is Lucene's own <see cref="ASCIIFoldingFilter.FoldToASCII(char[], int, char[], int, int)"/>, so the terms are those
/// <see cref="Analysis.VietnameseAnalyzer"/>'s shingle variants give.
/// </summary>
internal sealed class ClauseSyllables
{
    private ClauseSyllables(string[] accented, string[] folded)
    {
        Accented = accented;
        Folded = folded;
    }

    /// <summary>No syllables (an empty text).</summary>
    public static ClauseSyllables Empty { get; } = new([], []);

    /// <summary>Lowercased syllables as written.</summary>
    public string[] Accented { get; }

    /// <summary>The same syllables folded to ASCII ("định" → "dinh", "đ" → "d").</summary>
    public string[] Folded { get; }

    /// <summary>This thread's tokenizer chain, reused text after text as Lucene's analyzers reuse theirs (building one costs more than reading a clause).</summary>
    [ThreadStatic]
    private static SyllableReader? _reader;

    /// <summary>Reads <paramref name="text"/>.</summary>
    public static ClauseSyllables Of(string text)
    {
        var reader = _reader ??= new SyllableReader();
        try
        {
            return reader.Read(text);
        }
        catch
        {
            // A chain left half-way through a text is not reused.
            _reader = null;
            throw;
        }
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
    /// The first two links of the analyzer's chain, kept for reuse by one thread, with the syllables it has met: a
    /// syllable seen before (most of them, in a language of a few thousand syllables) is the same string again, with its
    /// folded form, instead of two or three new strings and two arrays per word read.
    /// </summary>
    private sealed class SyllableReader
    {
        /// <summary>Beyond this many distinct syllables (numbers, codes, foreign words) the memory starts again.</summary>
        private const int MaxRemembered = 50_000;

        private readonly VietnameseTokenizer _tokenizer = new(new StringReader(""));
        private readonly TokenStream _stream;
        private readonly ICharTermAttribute _term;
        private readonly List<string> _accented = [];
        private readonly List<string> _folded = [];
        private readonly Dictionary<string, string> _foldedBySyllable = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

        public SyllableReader()
        {
            _stream = new InvariantLowerCaseFilter(_tokenizer);
            _term = _stream.AddAttribute<ICharTermAttribute>();
            _bySpan = _foldedBySyllable.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public ClauseSyllables Read(string text)
        {
            _tokenizer.SetReader(new StringReader(text));
            _accented.Clear();
            _folded.Clear();
            try
            {
                _stream.Reset();
                while (_stream.IncrementToken())
                {
                    var span = _term.Buffer.AsSpan(0, _term.Length);
                    if (!_bySpan.TryGetValue(span, out var syllable, out var folded))
                    {
                        if (_foldedBySyllable.Count >= MaxRemembered) _foldedBySyllable.Clear();
                        syllable = new string(span);
                        folded = Fold(syllable);
                        _foldedBySyllable[syllable] = folded;
                    }
                    _accented.Add(syllable);
                    _folded.Add(folded);
                }
                _stream.End();
            }
            finally
            {
                // Closing is what lets the tokenizer take the next text (Lucene's reuse contract).
                _stream.Dispose();
            }
            return new ClauseSyllables([.. _accented], [.. _folded]);
        }
    }
}
