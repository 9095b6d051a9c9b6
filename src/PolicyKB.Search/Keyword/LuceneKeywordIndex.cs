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
public sealed partial class LuceneKeywordIndex : IKeywordIndex
{
    /// <summary>Candidates the rare words of a query find for the common ones to rescore: this many times the hits asked for…</summary>
    private const int RescoreFactor = 2;

    /// <summary>…and never fewer than this.</summary>
    private const int RescoreMinimum = 200;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly Similarity _similarity = new BM25Similarity();
    private readonly Similarity _searchSimilarity = new SearchSimilarity(); // the same scores, fewer allocations
    private readonly TermStatesPool _termStates = new();
    private readonly System.Threading.Lock _writeLock = new();
    private volatile bool _dirty;
    private volatile bool _refreshing;

    /// <summary>
    /// Opens the last commit of the index in <paramref name="path"/> for searching only, without Lucene's write lock: a
    /// command reading a data folder that a running host owns (and keeps writing) sees the index as of its last commit.
    /// </summary>
    public static LuceneKeywordIndex OpenReadOnly(string path) => new(path, readOnly: true);

    /// <summary>Opens (or creates) the index in <paramref name="path"/>; null keeps it in memory (tests, benchmarks).</summary>
    public LuceneKeywordIndex(string? path) : this(path, readOnly: false)
    {
    }

    private LuceneKeywordIndex(string? path, bool readOnly)
    {
        // NIOFSDirectory, not FSDirectory.Open's MMapDirectory: every query clones its inputs, and Lucene.Net's
        // memory-mapped inputs track each clone with a weak reference, which made every garbage collection slower
        // the longer the process ran (gen-0 pauses doubled within 1,200 queries; keyword p95 10 → 20 ms).
        _directory = path is null ? new RAMDirectory() : new PositionalFSDirectory(new DirectoryInfo(path));
        if (readOnly)
        {
            try
            {
                _searchers = new SearcherManager(_directory, new BM25SearcherFactory(_searchSimilarity));
            }
            catch
            {
                _directory.Dispose();
                throw;
            }
            return;
        }
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, ClauseAnalyzers.Create())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = _similarity,
            RAMBufferSizeMB = RamBufferMB,
            // A flushed segment is written as separate files, not copied once more into a compound file: the copy cost
            // the flush time, and the merge after a bulk load rewrote a lone compound segment only to take it apart
            // (the merge policy keeps large segments out of compound files). Merged small segments are still compound.
            UseCompoundFile = false,
            // Segments merged up to 16 MB are packed into one compound file (three files instead of about twelve): the
            // small segments uploads leave are merged soon after (MergeSmallSegments), and an index of many uploads would
            // otherwise hold a dozen files per merged segment. Larger merged segments stay as separate files.
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 1.0, MaxCFSSegmentSizeMB = CompoundSegmentMaxMB },
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
            // An empty directory has no segments file until the first commit; commit now so readers can always open it.
            _writer.Commit();
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory(_searchSimilarity));
        }
        catch
        {
            // Release the write lock (held process-wide by path), so a damaged index can be moved aside and reopened.
            _writer?.Dispose();
            _directory.Dispose();
            throw;
        }
    }

    /// <summary>True when the index was opened for searching only.</summary>
    public bool IsReadOnly => _writer is null;

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("chỉ mục từ khoá đang mở chỉ để đọc (thư mục dữ liệu thuộc tiến trình khác)");

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
                // A document indexed with an older field layout counts as stale, so it is indexed again.
                result[doc.Get(ClauseFields.DocumentId)] = doc.Get(ClauseFields.Format) == ClauseFields.CurrentFormat ? doc.Get(ClauseFields.ContentHash) : "";
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
        var recent = RecentClauseDocs.Current;
        var documentIds = DocumentIdStrings.ForNewList();
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            var ids = leaf.AtomicReader.GetBinaryDocValues(ClauseFields.Id);
            var documents = leaf.AtomicReader.GetBinaryDocValues(ClauseFields.DocumentId);
            if (ids is null || documents is null) continue;
            ids.Get(scoreDoc.Doc - leaf.DocBase, bytes);
            if (bytes.Length == 0) continue;
            var id = bytes.Utf8ToString();
            recent.Note(searcher.IndexReader, id, scoreDoc.Doc); // the match count and the page look it up next
            documents.Get(scoreDoc.Doc - leaf.DocBase, bytes);
            hits.Add(new KeywordHit(id, documentIds.Get(bytes), scoreDoc.Score));
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

    /// <summary>
    /// A searcher that sees every write so far. Writes only mark the index dirty; the near-real-time reader is reopened
    /// once, on the next read, instead of after every document (which would flush a tiny segment per document).
    /// </summary>
    private IndexSearcher Acquire()
    {
        // While another thread refreshes, wait for it (it holds the lock): the dirty flag is already cleared then, and
        // the searcher still current predates the write, which a caller that saw the write finish must not be given
        // (the background merge of small segments read one segment too few this way).
        if (_dirty || _refreshing)
        {
            lock (_writeLock)
            {
                if (_dirty)
                {
                    // Cleared before the refresh: a write finishing during it (writers take no lock) marks the index
                    // dirty again instead of being lost. Refreshing is set first, so no reader sees neither flag.
                    _refreshing = true;
                    _dirty = false;
                    try
                    {
                        _searchers.MaybeRefreshBlocking();
                    }
                    catch
                    {
                        _dirty = true;
                        throw;
                    }
                    finally
                    {
                        _refreshing = false;
                    }
                }
            }
        }
        return _searchers.Acquire();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The writer is not closed under a flush still writing a segment (what it failed with is moot: nothing commits now).
        _flushAhead.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }

    /// <summary>Gives every searcher BM25, as the index was written with (<see cref="SearchSimilarity"/>).</summary>
    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
