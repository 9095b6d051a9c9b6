using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The clause index's searcher: the title field, indexed once per document on its marker, is weighed with the
/// statistics it had when every clause held it (<see cref="TitleStatistics"/>), so moving it changed no score.
/// </summary>
internal sealed class ClauseSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <inheritdoc />
    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        if (term.Field != ClauseFields.Title) return base.TermStatistics(term, context);
        long clauses = 0;
        foreach (var leaf in IndexReader.Leaves) clauses += TitleStatistics.Of(leaf).ClauseFrequency(term.Bytes);
        // A title word occurs once or more in a clause's title: its total frequency is not used by BM25.
        return new TermStatistics(term.Bytes, clauses, -1);
    }

    /// <inheritdoc />
    public override CollectionStatistics CollectionStatistics(string field)
    {
        if (field != ClauseFields.Title) return base.CollectionStatistics(field);
        long docCount = 0, sumTotalTermFreq = 0, sumDocFreq = 0;
        foreach (var leaf in IndexReader.Leaves)
        {
            var statistics = TitleStatistics.Of(leaf);
            docCount += statistics.DocCount;
            sumTotalTermFreq += statistics.SumTotalTermFreq;
            sumDocFreq += statistics.SumDocFreq;
        }
        return new CollectionStatistics(field, IndexReader.MaxDoc, docCount, sumTotalTermFreq, sumDocFreq);
    }
}
