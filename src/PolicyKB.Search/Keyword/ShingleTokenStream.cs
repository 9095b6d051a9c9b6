using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Two-syllable shingles ("bảo_hiểm") of syllables already read, for the shingle fields at index time: the terms Lucene's
/// ShingleFilter(2, 2) without unigrams gives over the same syllables (nothing for a single syllable). The shingle fields
/// keep no positions or offsets, so terms are all this stream carries: each the two syllables' UTF-8 bytes joined
/// (<see cref="Utf8TermAttribute"/>), the bytes the indexer keeps.
/// </summary>
internal sealed class ShingleTokenStream : TokenStream
{
    /// <summary>The separator between a shingle's two syllables, one byte in UTF-8.</summary>
    private static readonly byte Separator = System.Text.Encoding.UTF8.GetBytes(VietnameseAnalyzer.ShingleSeparator).Single();

    private Syllable[] _syllables = [];
    private int _count;
    private bool _folded;
    private readonly Utf8TermAttribute _term = new();
    private int _next;

    /// <summary>Shingles of <paramref name="syllables"/>, in order, as written or (<paramref name="folded"/>) folded.</summary>
    public ShingleTokenStream(ClauseSyllables syllables, bool folded)
    {
        AddAttributeImpl(_term);
        Use(syllables, folded);
    }

    /// <summary>A stream with no terms until <see cref="Use"/> gives it syllables (one stream reused text after text).</summary>
    public ShingleTokenStream() : this(ClauseSyllables.Empty, folded: false)
    {
    }

    /// <summary>
    /// Makes the stream give the shingles of <paramref name="syllables"/> (as many as it holds now), as written or
    /// (<paramref name="folded"/>) folded, from its next <see cref="Reset"/>.
    /// </summary>
    public void Use(ClauseSyllables syllables, bool folded)
    {
        _syllables = syllables.Items;
        _count = syllables.Count;
        _folded = folded;
        _next = 0;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_next + 1 >= _count) return false;
        // No ClearAttributes (it walks every attribute per token): the term is the only attribute set, on every token.
        var first = _syllables[_next];
        var second = _syllables[_next + 1];
        if (_folded) _term.SetJoined(first.FoldedUtf8, Separator, second.FoldedUtf8);
        else _term.SetJoined(first.AccentedUtf8, Separator, second.AccentedUtf8);
        _next++;
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        // A reused stream starts where a new one would: End() left the position increment at 0 (and the indexer added
        // attributes of its own), so every attribute goes back to its default once per text, not once per token.
        ClearAttributes();
        _next = 0;
    }
}
