using Lucene.Net.Index;
using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>Writing the clause index: indexing, removing and committing documents.</summary>
public sealed partial class LuceneKeywordIndex
{
    /// <inheritdoc />
    public void Index(PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, ClauseAnalysis? analysis = null)
    {
        // No lock: the index writer takes documents from several threads at once, each into its own in-memory segment
        // (two ingestion threads index side by side), and UpdateDocuments removes the previous version and adds the
        // new one as one change, which no commit or reader sees half done.
        Writer.UpdateDocuments(new Term(ClauseFields.DocumentId, document.Id), ClauseDocumentFactory.CreateAll(document, clauses, citations, analysis));
        _dirty = true;
        FlushAheadIfFull();
    }

    /// <summary>Adds many documents with one commit (bulk builds and benchmarks).</summary>
    public void IndexMany(IEnumerable<(PolicyDocument Document, IReadOnlyList<Clause> Clauses, IReadOnlyList<Citation> Citations)> batch)
    {
        lock (_writeLock)
        {
            foreach (var (document, clauses, citations) in batch)
            {
                Writer.UpdateDocuments(new Term(ClauseFields.DocumentId, document.Id), ClauseDocumentFactory.CreateAll(document, clauses, citations));
            }
            Writer.Commit();
            _dirty = true;
        }
    }

    /// <inheritdoc />
    public void Remove(string documentId)
    {
        lock (_writeLock)
        {
            Writer.DeleteDocuments(new Term(ClauseFields.DocumentId, documentId));
            Writer.Commit();
            _dirty = true;
        }
    }

    /// <inheritdoc />
    public void Commit()
    {
        // A background flush that failed fails the commit, as the same flush done by the commit would have.
        WaitForFlushAhead();
        lock (_writeLock) Writer.Commit();
    }
}
