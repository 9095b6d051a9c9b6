using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>Querying the clause index: ranked hits, the match count among candidates, citing clauses.</summary>
public sealed partial class LuceneKeywordIndex
{
    /// <inheritdoc />
    public IReadOnlyList<KeywordHit> Search(Query query, SearchFilters filters, int top)
    {
        var searcher = Acquire();
        var states = _termStates.Rent(searcher);
        try
        {
            var filter = FilterQueries.Create(filters);
            if (query is not CommonWordsQuery words) return Collect(searcher, TopInOrder(searcher, states.Prepare(query), filter, top));
            // Two passes: the rare groups find and rank candidates, the common syllables then add their score to the
            // best of them only (AdditiveRescorer), instead of being scored over a third of the index.
            var (required, optional) = words.Split(searcher.IndexReader, states.DocFreq);
            var first = TopInOrder(searcher, states.Prepare(required), filter, optional is null ? top : Math.Max(top * RescoreFactor, RescoreMinimum));
            if (optional is null) return Collect(searcher, first);
            states.Recycle(); // the first pass's postings serve the second
            return Collect(searcher, AdditiveRescorer.Rescore(searcher, first, states.Prepare(optional), top));
        }
        finally
        {
            _termStates.Return(states);
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The <paramref name="top"/> best documents, scored in document order. A collector that accepts documents out of
    /// order lets Lucene score a disjunction with its bucket-table <c>BooleanScorer</c>, one per Boolean clause and
    /// segment, each allocating 2,048 buckets: with a group per word, pair and synonym that was megabytes a query.
    /// </summary>
    private static TopDocs TopInOrder(IndexSearcher searcher, Query query, Filter? filter, int top)
    {
        var collector = TopScoreDocCollector.Create(Math.Max(1, Math.Min(top, searcher.IndexReader.MaxDoc)), docsScoredInOrder: true);
        searcher.Search(query, filter, collector);
        return collector.GetTopDocs();
    }

    /// <summary>The hits' ids, read from doc values (markers and clauses from an older format have none and are skipped).</summary>
    private static List<KeywordHit> Collect(IndexSearcher searcher, TopDocs docs)
    {
        var leaves = searcher.IndexReader.Leaves;
        var hits = new List<KeywordHit>(docs.ScoreDocs.Length);
        var bytes = new Lucene.Net.Util.BytesRef();
        var documentBytes = new Lucene.Net.Util.BytesRef();
        var recent = RecentClauseDocs.Current;
        var documentIds = DocumentIdStrings.ForNewList();
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            var ids = leaf.AtomicReader.GetBinaryDocValues(ClauseFields.Id);
            if (ids is null) continue;
            ids.Get(scoreDoc.Doc - leaf.DocBase, bytes);
            if (bytes.Length == 0) continue;
            var id = bytes.Utf8ToString();
            recent.Note(searcher.IndexReader, id, scoreDoc.Doc); // the match count and the page look it up next
            // Kept in doc values only when the clause id does not hold it (ClauseDocumentIds); a segment where every
            // clause id holds it has no such field at all.
            leaf.AtomicReader.GetBinaryDocValues(ClauseFields.DocumentId)?.Get(scoreDoc.Doc - leaf.DocBase, documentBytes);
            if (documentBytes.Length == 0 && !ClauseDocumentIds.ReadFromClauseId(bytes, documentBytes)) continue;
            hits.Add(new KeywordHit(id, documentIds.Get(documentBytes), scoreDoc.Score));
            documentBytes.Length = 0;
        }
        return hits;
    }

    /// <inheritdoc />
    public (int Total, IReadOnlySet<string> Matching) Match(Query query, SearchFilters filters, IReadOnlyCollection<string> candidates)
    {
        var searcher = Acquire();
        var states = _termStates.Rent(searcher);
        try
        {
            var filter = FilterQueries.Create(filters);
            // Candidate ids become document numbers once (a terms-dictionary seek each) instead of reading the id of
            // every matching clause from doc values.
            var candidatesByDoc = new Dictionary<int, string>(candidates.Count);
            var lookup = new ClauseDocLookup(searcher.IndexReader, states);
            foreach (var id in candidates)
            {
                var doc = lookup.Find(id);
                if (doc >= 0) candidatesByDoc[doc] = id;
            }
            var collector = new MatchCollector(candidatesByDoc);
            searcher.Search(states.Prepare(query), filter, collector);
            return (collector.Total, collector.Matching);
        }
        finally
        {
            _termStates.Return(states);
            _searchers.Release(searcher);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<KeywordHit> FindCiting(IReadOnlyCollection<string> keys, SearchFilters filters, int top)
    {
        if (keys.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var key in keys) query.Add(new TermQuery(new Term(ClauseFields.Cites, key)), Occur.SHOULD);
        return Search(query, filters, top);
    }
}
