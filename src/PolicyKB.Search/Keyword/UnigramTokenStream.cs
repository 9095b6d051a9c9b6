using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The unigram field's terms at index time from syllables already read (<see cref="ClauseSyllables"/>): what
/// <see cref="VietnameseAnalyzer"/>'s unigram variant gives, without a second tokenisation or the state copies its
/// filters make per token. Each syllable at its own position, then, stacked at that position as the chain stacks them:
/// <list type="bullet">
/// <item>a syllable with a non-ASCII character as <see cref="ASCIIFoldingFilter"/> (original preserved) emits it: folded first, then as written;</item>
/// <item>a document number's parts after it (<see cref="DocumentNumberFilter.Parts"/>), each folded the same way.</item>
/// </list>
/// The index keeps positions but no offsets for this field, so terms and position increments are all it carries. Terms
/// are given as the syllables' UTF-8 bytes (<see cref="Utf8TermAttribute"/>), the bytes the indexer keeps.
/// </summary>
internal sealed class UnigramTokenStream : TokenStream
{
    private ClauseSyllables _syllables;
    private readonly Utf8TermAttribute _term = new();
    private readonly IPositionIncrementAttribute _position;
    private readonly List<byte[]> _stacked = [];
    private int _nextStacked;
    private int _next;
    private bool _foldedOnly;

    /// <summary>Unigrams of <paramref name="syllables"/>.</summary>
    public UnigramTokenStream(ClauseSyllables syllables)
    {
        _syllables = syllables;
        AddAttributeImpl(_term);
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>A stream with no terms until <see cref="Use"/> gives it syllables (one stream reused text after text).</summary>
    public UnigramTokenStream() : this(ClauseSyllables.Empty)
    {
    }

    /// <summary>
    /// Makes the stream give the unigrams of <paramref name="syllables"/> from its next <see cref="Reset"/>; with
    /// <paramref name="foldedOnly"/> only their folded forms (a number's parts too): for a field that queries match
    /// folded alone, where the accented forms would be stacked terms nothing reads.
    /// </summary>
    public void Use(ClauseSyllables syllables, bool foldedOnly = false)
    {
        _syllables = syllables;
        _foldedOnly = foldedOnly;
        _stacked.Clear();
        _nextStacked = 0;
        _next = 0;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        // No ClearAttributes: Lucene.Net walks (and allocates over) every attribute of the stream per token for it,
        // and the two this stream sets are set on every token; the others the indexer reads stay at their defaults.
        if (_nextStacked < _stacked.Count)
        {
            _term.Set(_stacked[_nextStacked++]);
            _position.PositionIncrement = 0;
            return true;
        }
        if (_next >= _syllables.Count) return false;
        var syllable = _syllables.Items[_next++];
        _term.Set(syllable.FoldedUtf8);
        _position.PositionIncrement = 1;
        _stacked.Clear();
        _nextStacked = 0;
        // Folding keeps the same string instance for an all-ASCII syllable: the folding filter then emits it once.
        if (_foldedOnly)
        {
            if (syllable.FoldedStackUtf8 is { } folds) _stacked.AddRange(folds);
            return true;
        }
        if (syllable.FoldingChanges) _stacked.Add(syllable.AccentedUtf8);
        if (syllable.NumberPartsUtf8 is { } parts) _stacked.AddRange(parts);
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        // A reused stream starts where a new one would: End() left the position increment at 0 (and the indexer added
        // attributes of its own), so every attribute goes back to its default once per text, not once per token.
        ClearAttributes();
        _stacked.Clear();
        _nextStacked = 0;
        _next = 0;
    }
}
