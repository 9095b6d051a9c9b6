using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using PolicyKB.Documents;
using PolicyKB.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The clause index in a Lucene directory: one <see cref="IndexWriter"/> for its lifetime and readers shared
/// through a <see cref="SearcherManager"/> (Lucene's own pattern), scored with BM25.
/// </summary>
public sealed class LuceneKeywordIndex : IKeywordIndex
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Similarity _similarity = new BM25Similarity();
    private readonly System.Threading.Lock _writeLock = new();
    private volatile bool _dirty;

    /// <summary>Opens (or creates) the index in <paramref name="path"/>; null keeps it in memory (tests, benchmarks).</summary>
    public LuceneKeywordIndex(string? path)
    {
        _directory = path is null ? new RAMDirectory() : FSDirectory.Open(path);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, ClauseAnalyzers.Create())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = _similarity,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory(_similarity));
    }

    /// <inheritdoc />
    public int ClauseCount
    {
        get
        {
            var searcher = Acquire();
            try { return searcher.Search(new TermQuery(new Term(ClauseFields.Kind, "__document")), 1).TotalHits is var markers ? searcher.IndexReader.NumDocs - markers : 0; }
            finally { _searchers.Release(searcher); }
        }
    }

    /// <inheritdoc />
    public void Index(PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations)
    {
        var keysByClause = citations.ToLookup(c => c.ClauseId, c => c.Key);
        var docs = clauses.Select(c => ClauseDocumentFactory.Create(document, c, keysByClause[c.Id])).Append(ClauseDocumentFactory.Marker(document));
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(ClauseFields.DocumentId, document.Id));
            _writer.AddDocuments(docs);
            _dirty = true;
        }
    }

    /// <summary>Adds many documents with one commit (bulk builds and benchmarks).</summary>
    public void IndexMany(IEnumerable<(PolicyDocument Document, IReadOnlyList<Clause> Clauses, IReadOnlyList<Citation> Citations)> batch)
    {
        lock (_writeLock)
        {
            foreach (var (document, clauses, citations) in batch)
            {
                var keysByClause = citations.ToLookup(c => c.ClauseId, c => c.Key);
                _writer.DeleteDocuments(new Term(ClauseFields.DocumentId, document.Id));
                _writer.AddDocuments(clauses.Select(c => ClauseDocumentFactory.Create(document, c, keysByClause[c.Id])).Append(ClauseDocumentFactory.Marker(document)));
            }
            _writer.Commit();
            _dirty = true;
        }
    }

    /// <inheritdoc />
    public void Remove(string documentId)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(ClauseFields.DocumentId, documentId));
            _writer.Commit();
            _dirty = true;
        }
    }

    /// <inheritdoc />
    public void Commit()
    {
        lock (_writeLock) _writer.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> IndexedDocuments()
    {
        var searcher = Acquire();
        try
        {
            var markers = searcher.Search(new TermQuery(new Term(ClauseFields.Kind, "__document")), int.MaxValue / 2);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var hit in markers.ScoreDocs)
            {
                var doc = searcher.Doc(hit.Doc);
                result[doc.Get(ClauseFields.DocumentId)] = doc.Get(ClauseFields.ContentHash);
            }
            return result;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<KeywordHit> Search(Query query, SearchFilters filters, int top)
    {
        var searcher = Acquire();
        try
        {
            var filter = FilterQueries.Create(filters);
            var docs = filter is null ? searcher.Search(query, top) : searcher.Search(query, new QueryWrapperFilter(filter), top);
            return docs.ScoreDocs.Select(d => ToHit(searcher, d)).ToList();
        }
        finally
        {
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

    /// <summary>The stored text of a clause (for highlighting without another store lookup).</summary>
    public string? StoredText(string clauseId)
    {
        var searcher = Acquire();
        try
        {
            var docs = searcher.Search(new TermQuery(new Term(ClauseFields.Id, clauseId)), 1);
            return docs.TotalHits == 0 ? null : searcher.Doc(docs.ScoreDocs[0].Doc).Get(ClauseFields.StoredText);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// A searcher that sees every write so far. Writes only mark the index dirty; the near-real-time reader is reopened
    /// once, on the next read, instead of after every document (which would flush a tiny segment per document).
    /// </summary>
    private IndexSearcher Acquire()
    {
        if (_dirty)
        {
            lock (_writeLock)
            {
                if (_dirty)
                {
                    _searchers.MaybeRefreshBlocking();
                    _dirty = false;
                }
            }
        }
        return _searchers.Acquire();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static KeywordHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc)
    {
        var doc = searcher.Doc(scoreDoc.Doc, FieldsToLoad);
        return new KeywordHit(doc.Get(ClauseFields.Id), doc.Get(ClauseFields.DocumentId), scoreDoc.Score);
    }

    private static readonly ISet<string> FieldsToLoad = new HashSet<string> { ClauseFields.Id, ClauseFields.DocumentId };

    /// <summary>Gives every searcher the BM25 similarity the index was written with.</summary>
    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
