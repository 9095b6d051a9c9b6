using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Documents holding a phrase's terms at consecutive positions, scored by the number of places the phrase occurs, as
/// Lucene's exact-phrase scorer does: the rarest term leads, the others follow it, and a document's phrase frequency
/// is the number of distinct start positions (not below 0) at which every term sits at its offset. Lucene counts them
/// in 4,096-position chunks with two tables of that size per scorer; here the rarest term's start positions are
/// narrowed term by term in one small buffer.
/// </summary>
internal sealed class PhrasePostingsScorer : Scorer
{
    private readonly DocsAndPositionsEnum[] _postings;
    private readonly int[] _offsets;
    private readonly Similarity.SimScorer _docScorer;
    private readonly long _cost;
    private int[] _starts = new int[16];
    private int _doc = -1;
    private int _freq;

    private PhrasePostingsScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, Similarity.SimScorer docScorer) : base(weight)
    {
        _postings = postings;
        _offsets = offsets;
        _docScorer = docScorer;
        _cost = postings[0].GetCost();
    }

    /// <summary>
    /// The scorer over <paramref name="postings"/> (rarest first), or null when a following term has no live document
    /// in the segment, as Lucene's phrase weight answers.
    /// </summary>
    public static PhrasePostingsScorer? Create(Weight weight, (DocsAndPositionsEnum Postings, int DocFreq, int Position, Term Term)[] postings, Similarity.SimScorer docScorer)
    {
        var enums = new DocsAndPositionsEnum[postings.Length];
        var offsets = new int[postings.Length];
        for (var i = 0; i < postings.Length; i++)
        {
            enums[i] = postings[i].Postings;
            offsets[i] = -postings[i].Position;
            if (i > 0 && enums[i].NextDoc() == NO_MORE_DOCS) return null;
        }
        return new PhrasePostingsScorer(weight, enums, offsets, docScorer);
    }

    /// <inheritdoc />
    public override int DocID => _doc;

    /// <inheritdoc />
    public override int Freq => _freq;

    /// <inheritdoc />
    public override float GetScore() => _docScorer.Score(_doc, _freq);

    /// <inheritdoc />
    public override long GetCost() => _cost;

    /// <inheritdoc />
    public override int NextDoc() => Settle(_postings[0].NextDoc());

    /// <inheritdoc />
    public override int Advance(int target) => Settle(_postings[0].Advance(target));

    /// <summary>From the leading term's document <paramref name="doc"/> on, the first document holding the phrase.</summary>
    private int Settle(int doc)
    {
        while (doc != NO_MORE_DOCS)
        {
            var all = true;
            for (var i = 1; i < _postings.Length; i++)
            {
                var other = _postings[i].DocID;
                if (other < doc) other = _postings[i].Advance(doc);
                if (other > doc)
                {
                    all = false;
                    break;
                }
            }
            if (all)
            {
                _doc = doc;
                _freq = PhraseFreq();
                if (_freq != 0) return doc;
            }
            doc = _postings[0].NextDoc();
        }
        _doc = NO_MORE_DOCS;
        return _doc;
    }

    /// <summary>Distinct start positions, not below 0, at which every term of the phrase sits at its offset.</summary>
    private int PhraseFreq()
    {
        var lead = _postings[0];
        var count = 0;
        var last = -1;
        for (var n = lead.Freq; n > 0; n--)
        {
            var start = lead.NextPosition() + _offsets[0];
            if (start <= last) continue;
            last = start;
            if (count == _starts.Length) Array.Resize(ref _starts, count * 2);
            _starts[count++] = start;
        }
        for (var t = 1; t < _postings.Length && count > 0; t++)
        {
            var postings = _postings[t];
            var kept = 0;
            var at = 0;
            for (var n = postings.Freq; n > 0 && at < count; n--)
            {
                var start = postings.NextPosition() + _offsets[t];
                while (at < count && _starts[at] < start) at++;
                if (at < count && _starts[at] == start) _starts[kept++] = _starts[at++];
            }
            count = kept;
        }
        return count;
    }

    /// <inheritdoc />
    public override string ToString() => "PhrasePostingsScorer(" + m_weight + ")";
}
