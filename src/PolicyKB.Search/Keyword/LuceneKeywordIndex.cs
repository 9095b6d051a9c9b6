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
    /// <summary>Candidates the rare words of a query find for the common ones to rescore: this many times the hits asked for…</summary>
    private const int RescoreFactor = 2;

    /// <summary>…and never fewer than this.</summary>
    private const int RescoreMinimum = 200;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly Similarity _similarity = new BM25Similarity();
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
                _searchers = new SearcherManager(_directory, new BM25SearcherFactory(_similarity));
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
            RAMBufferSizeMB = 64,
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
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory(_similarity));
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
    public void Index(PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations)
    {
        // No lock: the index writer takes documents from several threads at once, each into its own in-memory segment
        // (two ingestion threads index side by side), and UpdateDocuments removes the previous version and adds the
        // new one as one change, which no commit or reader sees half done.
        Writer.UpdateDocuments(new Term(ClauseFields.DocumentId, document.Id), ClauseDocumentFactory.CreateAll(document, clauses, citations));
        _dirty = true;
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

    /// <summary>
    /// Merges the index down to at most <paramref name="maxSegments"/> segments and commits. Every query pays per
    /// segment (term lookups, scorers, stored-field readers), so an index built by many small commits (a replica
    /// replaying uploads one by one) searches measurably slower than the same clauses in a few segments.
    /// </summary>
    public void Compact(int maxSegments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        lock (_writeLock)
        {
            Writer.ForceMerge(maxSegments);
            Writer.Commit();
            _dirty = true;
        }
    }

    /// <summary>Merged segments up to this size are written as one compound file.</summary>
    public const double CompoundSegmentMaxMB = 16;

    /// <summary>
    /// Merges every segment smaller than <paramref name="smallBytes"/> into one and commits; larger segments are left
    /// to the merge policy. Returns the segment counts before and after (equal when fewer than two were small).
    /// Searches go on meanwhile: no lock is held while Lucene merges (the writer takes documents and merges at once),
    /// only for the commit that follows; and a process that dies mid-merge loses nothing, since the merged segment
    /// only replaces the small ones in a commit, and files of an unfinished merge are deleted on the next open.
    /// </summary>
    public (int Before, int After) MergeSmallSegments(long smallBytes)
    {
        var sizes = SegmentSizes();
        var small = sizes.Count(s => s < smallBytes);
        if (small < 2) return (sizes.Count, sizes.Count);
        // A forced merge down to (large segments + 1) merges the smallest segments: the tiered policy merges a forced
        // merge's tail of segments sorted by size.
        Writer.ForceMerge(sizes.Count - small + 1);
        lock (_writeLock)
        {
            Writer.Commit();
            _dirty = true;
        }
        return (sizes.Count, SegmentCount);
    }

    /// <summary>The size in bytes of each segment the current searcher reads.</summary>
    public IReadOnlyList<long> SegmentSizes()
    {
        var searcher = Acquire();
        try { return searcher.IndexReader.Leaves.Select(l => ((SegmentReader)l.Reader).SegmentInfo.GetSizeInBytes()).ToList(); }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>Bytes the index's files take on disk (or in memory for an in-memory index).</summary>
    public long SizeInBytes => _directory.ListAll().Sum(name =>
    {
        try { return _directory.FileLength(name); }
        catch (IOException) { return 0L; } // a file merged away between listing and measuring
    });

    /// <summary>The number of segments the current searcher reads.</summary>
    public int SegmentCount
    {
        get
        {
            var searcher = Acquire();
            try { return searcher.IndexReader.Leaves.Count; }
            finally { _searchers.Release(searcher); }
        }
    }

    /// <inheritdoc />
    public void Commit()
    {
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
        try
        {
            var filter = FilterQueries.Create(filters);
            var states = new TermStates(searcher.TopReaderContext);
            if (query is not CommonWordsQuery words) return Collect(searcher, TopInOrder(searcher, states.Prepare(query), filter, top));
            // Two passes: the rare groups find and rank candidates, the common syllables then add their score to the
            // best of them only (AdditiveRescorer), instead of being scored over a third of the index.
            var (required, optional) = words.Split(searcher.IndexReader, states.DocFreq);
            var first = TopInOrder(searcher, states.Prepare(required), filter, optional is null ? top : Math.Max(top * RescoreFactor, RescoreMinimum));
            return Collect(searcher, optional is null ? first : AdditiveRescorer.Rescore(searcher, first, states.Prepare(optional), top));
        }
        finally
        {
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
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            var ids = leaf.AtomicReader.GetBinaryDocValues(ClauseFields.Id);
            var documents = leaf.AtomicReader.GetBinaryDocValues(ClauseFields.DocumentId);
            if (ids is null || documents is null) continue;
            ids.Get(scoreDoc.Doc - leaf.DocBase, bytes);
            if (bytes.Length == 0) continue;
            var id = bytes.Utf8ToString();
            documents.Get(scoreDoc.Doc - leaf.DocBase, bytes);
            hits.Add(new KeywordHit(id, bytes.Utf8ToString(), scoreDoc.Score));
        }
        return hits;
    }

    /// <inheritdoc />
    public (int Total, IReadOnlySet<string> Matching) Match(Query query, SearchFilters filters, IReadOnlyCollection<string> candidates)
    {
        var searcher = Acquire();
        try
        {
            var filter = FilterQueries.Create(filters);
            // Candidate ids become document numbers once (a terms-dictionary seek each) instead of reading the id of
            // every matching clause from doc values.
            var candidatesByDoc = new Dictionary<int, string>(candidates.Count);
            var lookup = new ClauseDocLookup(searcher.IndexReader);
            foreach (var id in candidates)
            {
                var doc = lookup.Find(id);
                if (doc >= 0) candidatesByDoc[doc] = id;
            }
            var collector = new MatchCollector(candidatesByDoc);
            searcher.Search(new TermStates(searcher.TopReaderContext).Prepare(query), filter, collector);
            return (collector.Total, collector.Matching);
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
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }

    /// <summary>Gives every searcher the BM25 similarity the index was written with.</summary>
    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
