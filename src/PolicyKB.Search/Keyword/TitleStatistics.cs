using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The title field's statistics as they were when every clause held its document's title: a term's document frequency
/// is the number of clauses in the blocks whose marker's title holds it, and the field's total length counts each title
/// once per clause. <see cref="ClauseSearcher"/> gives BM25 these, so a title word scores a clause exactly as before the
/// title moved to the marker (<see cref="DocumentTitleQuery"/>). Worked out once per segment (its core: a block's clauses
/// count even once deleted, as Lucene's own statistics count deleted documents until a merge drops them).
/// </summary>
internal sealed class TitleStatistics
{
    private static readonly ConditionalWeakTable<object, TitleStatistics> BySegment = new();

    private readonly Dictionary<BytesRef, long> _clauseFrequencies = [];

    /// <summary>Clauses whose document has a title.</summary>
    public long DocCount { get; private set; }

    /// <summary>Title words summed over those clauses.</summary>
    public long SumTotalTermFreq { get; private set; }

    /// <summary>Clauses whose document's title holds the term.</summary>
    public long SumDocFreq { get; private set; }

    /// <summary>Clauses whose document's title holds <paramref name="term"/>.</summary>
    public long ClauseFrequency(BytesRef term) => _clauseFrequencies.TryGetValue(term, out var frequency) ? frequency : 0;

    /// <summary>The statistics of the segment <paramref name="context"/>, read once per segment core.</summary>
    public static TitleStatistics Of(AtomicReaderContext context) => BySegment.GetValue(context.AtomicReader.CoreCacheKey, _ => Read(context));

    private static TitleStatistics Read(AtomicReaderContext context)
    {
        var statistics = new TitleStatistics();
        var terms = context.AtomicReader.GetTerms(ClauseFields.Title);
        if (terms is null || DocumentTitleQuery.MarkerBits(context) is not { } markers) return statistics;
        var titled = new FixedBitSet(markers.Length);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(null, docs, DocsFlags.FREQS);
            long clauses = 0;
            for (var marker = docs.NextDoc(); marker != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; marker = docs.NextDoc())
            {
                // A block is its clauses, then its marker: the clauses are the documents since the previous marker.
                var size = marker - (marker == 0 ? -1 : markers.PrevSetBit(marker - 1)) - 1;
                clauses += size;
                statistics.SumTotalTermFreq += (long)docs.Freq * size;
                if (!titled.Get(marker))
                {
                    titled.Set(marker);
                    statistics.DocCount += size;
                }
            }
            statistics._clauseFrequencies[BytesRef.DeepCopyOf(termsEnum.Term)] = clauses;
            statistics.SumDocFreq += clauses;
        }
        return statistics;
    }
}
