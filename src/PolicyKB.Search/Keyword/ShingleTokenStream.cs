using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Two-syllable shingles ("bảo_hiểm") of syllables already read, for the shingle fields at index time: the terms Lucene's
/// ShingleFilter(2, 2) without unigrams gives over the same syllables (nothing for a single syllable). The shingle fields
/// keep no positions or offsets, so terms are all this stream carries.
/// </summary>
internal sealed class ShingleTokenStream : TokenStream
{
    private string[] _syllables;
    private int _count;
    private readonly ICharTermAttribute _term;
    private int _next;

    /// <summary>Shingles of <paramref name="syllables"/>, in order.</summary>
    public ShingleTokenStream(string[] syllables)
    {
        _syllables = syllables;
        _count = syllables.Length;
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>A stream with no terms until <see cref="Use"/> gives it syllables (one stream reused text after text).</summary>
    public ShingleTokenStream() : this([])
    {
    }

    /// <summary>Makes the stream give the shingles of the first <paramref name="count"/> <paramref name="syllables"/> from its next <see cref="Reset"/>.</summary>
    public void Use(string[] syllables, int count)
    {
        _syllables = syllables;
        _count = count;
        _next = 0;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_next + 1 >= _count) return false;
        // No ClearAttributes (it walks every attribute per token): the term is the only attribute set, on every token.
        _term.SetEmpty().Append(_syllables[_next]).Append(VietnameseAnalyzer.ShingleSeparator).Append(_syllables[_next + 1]);
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
