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
            foreach (var id in clauseIds.Distinct(StringComparer.Ordinal))
            {
                var docId = lookup.Find(id);
                if (docId < 0) continue;
                var doc = searcher.Doc(docId);
                var path = doc.Get(ClauseFields.StoredPath);
                var clause = new IndexedClause(
                    doc.Get(ClauseFields.Id), doc.Get(ClauseFields.DocumentId), doc.Get(ClauseFields.StoredLabel) ?? "",
                    doc.Get(ClauseFields.StoredHeading) ?? "", string.IsNullOrEmpty(path) ? [] : path.Split(ClauseFields.PathSeparator),
                    doc.Get(ClauseFields.Kind) ?? "", doc.Get(ClauseFields.StoredText) ?? "");
                result[clause.ClauseId] = clause;
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
