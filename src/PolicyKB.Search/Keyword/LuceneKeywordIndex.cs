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
            try { return searcher.Search(new TermQuery(new Term(ClauseFields.Kind, ClauseFields.MarkerKind)), 1).TotalHits is var markers ? searcher.IndexReader.NumDocs - markers : 0; }
            finally { _searchers.Release(searcher); }
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> IndexedDocuments()
    {
        var searcher = Acquire();
        try
        {
            var markers = searcher.Search(new TermQuery(new Term(ClauseFields.Kind, ClauseFields.MarkerKind)), int.MaxValue / 2);
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

    /// <summary>
    /// Gives every searcher BM25, as the index was written with (<see cref="SearchSimilarity"/>), and the title's
    /// statistics over clauses (<see cref="ClauseSearcher"/>).
    /// </summary>
    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new ClauseSearcher(reader) { Similarity = similarity };
    }
}
