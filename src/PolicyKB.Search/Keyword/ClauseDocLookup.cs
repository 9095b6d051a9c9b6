using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Finds the Lucene document numbers of clauses by id in one reader, reusing one terms enumerator and one postings
/// enumerator per segment for all the ids of a query. A fresh enumerator per id and segment allocated its own frames
/// and block buffers: looking up the hundred candidates of a search that way cost about 2 MB a query. The hits of this
/// thread's latest searches in the same reader are not looked up at all (<see cref="RecentClauseDocs"/>); with
/// <paramref name="states"/>, the terms enumerators are the ones it keeps from query to query.
/// </summary>
internal sealed class ClauseDocLookup(IndexReader reader, TermStates? states = null)
{
    private readonly RecentClauseDocs _recent = RecentClauseDocs.Current;
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly TermsEnum?[] _terms = new TermsEnum?[reader.Leaves.Count];
    private readonly DocsEnum?[] _docs = new DocsEnum?[reader.Leaves.Count];
    private readonly bool[] _opened = new bool[reader.Leaves.Count];
    private readonly BytesRef _term = new();

    /// <summary>The document number of the live clause whose id is <paramref name="clauseId"/>, or -1.</summary>
    public int Find(string clauseId)
    {
        if (_recent.TryGet(reader, clauseId, out var known)) return known;
        _term.CopyChars(clauseId);
        for (var i = 0; i < _leaves.Count; i++)
        {
            var leaf = _leaves[i].AtomicReader;
            if (!_opened[i])
            {
                _terms[i] = states is null ? leaf.GetTerms(ClauseFields.Id)?.GetEnumerator() : states.Enumerator(i, ClauseFields.Id);
                _opened[i] = true;
            }
            var terms = _terms[i];
            if (terms is null || !terms.SeekExact(_term)) continue;
            var docs = _docs[i] = terms.Docs(leaf.LiveDocs, _docs[i], DocsFlags.NONE);
            var doc = docs.NextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) return _leaves[i].DocBase + doc;
        }
        return -1;
    }
}
