using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>Hydration of hits: a clause's stored fields looked up by its id.</summary>
public sealed partial class LuceneKeywordIndex
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, IndexedClause> GetClauses(IReadOnlyCollection<string> clauseIds)
    {
        var result = new Dictionary<string, IndexedClause>(StringComparer.Ordinal);
        if (clauseIds.Count == 0) return result;
        var searcher = Acquire();
        try
        {
            // Each id is one exact term: a terms-dictionary seek per segment, no query to score.
            var lookup = new ClauseDocLookup(searcher.IndexReader);
            var visitor = new IndexedClauseVisitor();
            foreach (var id in clauseIds)
            {
                if (result.ContainsKey(id)) continue;
                var docId = lookup.Find(id);
                if (docId < 0) continue;
                visitor.Reset();
                searcher.Doc(docId, visitor);
                if (visitor.Clause() is { } clause) result[clause.ClauseId] = clause;
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
        return result;
    }

    /// <summary>The stored text of a clause (for highlighting without another store lookup).</summary>
    public string? StoredText(string clauseId)
    {
        var searcher = Acquire();
        try
        {
            var doc = new ClauseDocLookup(searcher.IndexReader).Find(clauseId);
            return doc < 0 ? null : searcher.Doc(doc).Get(ClauseFields.StoredText);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }
}
