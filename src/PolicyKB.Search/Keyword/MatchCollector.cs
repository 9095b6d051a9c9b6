using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Counts the clauses a query matches and notes which of a set of candidate clauses are among them, in one pass without
/// scoring. The candidates are given by their Lucene document numbers (looked up once per query), so a matching clause
/// costs one set lookup instead of a doc-values read: common words match thousands of clauses per query.
/// </summary>
internal sealed class MatchCollector(IReadOnlyDictionary<int, string> candidatesByDoc) : ICollector
{
    private int _docBase;

    /// <summary>Clauses matched (document markers never match a word query).</summary>
    public int Total { get; private set; }

    /// <summary>The candidates matched.</summary>
    public HashSet<string> Matching { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// False: in-order scoring keeps Lucene from building a bucket-table scorer (2,048 buckets) per Boolean clause and
    /// segment, which cost more than counting saved.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        Total++;
        if (candidatesByDoc.Count != 0 && candidatesByDoc.TryGetValue(_docBase + doc, out var id)) Matching.Add(id);
    }
}
