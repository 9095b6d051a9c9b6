using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Scores the documents of one term's postings, as Lucene's <c>TermScorer</c> does (whose constructor Lucene.Net keeps
/// internal): the similarity's document score of the term's frequency in each document.
/// </summary>
internal sealed class PostingsScorer(Weight weight, DocsEnum docs, Similarity.SimScorer docScorer) : Scorer(weight)
{
    /// <inheritdoc />
    public override int DocID => docs.DocID;

    /// <inheritdoc />
    public override int Freq => docs.Freq;

    /// <inheritdoc />
    public override int NextDoc() => docs.NextDoc();

    /// <inheritdoc />
    public override int Advance(int target) => docs.Advance(target);

    /// <inheritdoc />
    public override float GetScore() => docScorer.Score(docs.DocID, docs.Freq);

    /// <inheritdoc />
    public override long GetCost() => docs.GetCost();

    /// <inheritdoc />
    public override string ToString() => "scorer(" + m_weight + ")";
}
