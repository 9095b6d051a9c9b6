using Lucene.Net.Search;
using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>Full-text index of clauses.</summary>
public interface IKeywordIndex : IDisposable
{
    /// <summary>
    /// Indexes a document's clauses, replacing what was indexed for it before; <paramref name="analysis"/>, when given, is
    /// their texts already read (<see cref="ClauseAnalysis.Of"/>), which the index then does not read again.
    /// </summary>
    void Index(PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, ClauseAnalysis? analysis = null);

    /// <summary>Makes the writes so far durable (they are searchable before this; a crash before it is repaired by re-indexing from the store).</summary>
    void Commit();

    /// <summary>Removes a document's clauses.</summary>
    void Remove(string documentId);

    /// <summary>Indexed documents and the content hash they were indexed from.</summary>
    IReadOnlyDictionary<string, string> IndexedDocuments();

    /// <summary>Runs a query, most relevant first.</summary>
    IReadOnlyList<KeywordHit> Search(Query query, SearchFilters filters, int top);

    /// <summary>
    /// How many clauses <paramref name="query"/> matches under <paramref name="filters"/>, and which of
    /// <paramref name="candidates"/> are among them (for the "really matches" count and grouping of a search).
    /// </summary>
    (int Total, IReadOnlySet<string> Matching) Match(Query query, SearchFilters filters, IReadOnlyCollection<string> candidates);

    /// <summary>Clauses citing any of <paramref name="keys"/>.</summary>
    IReadOnlyList<KeywordHit> FindCiting(IReadOnlyCollection<string> keys, SearchFilters filters, int top);

    /// <summary>The indexed copies of clauses (what a result list shows), by id; ids not indexed are absent.</summary>
    IReadOnlyDictionary<string, IndexedClause> GetClauses(IReadOnlyCollection<string> clauseIds);

    /// <summary>Number of clauses indexed.</summary>
    int ClauseCount { get; }
}
