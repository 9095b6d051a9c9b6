using PolicyKB.Ingestion;

namespace PolicyKB.Search;

/// <summary>Ingestion into the knowledge base: files from disk, time-boxed slices and web uploads, in batches.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>Ingests files and folders in one batch, then refreshes citation links and search caches.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="onFile">Called before each file (progress).</param>
    /// <param name="replace">True when a file may replace a stored document with the same file name from elsewhere.</param>
    public IReadOnlyList<IngestionResult> Ingest(IEnumerable<string> paths, Action<string>? onFile = null, bool replace = false)
    {
        RequireWritable();
        var request = replace ? IngestRequest.FromDisk with { Replace = true } : IngestRequest.FromDisk;
        return IngestBatch(Pipeline.ExpandPaths(paths).Select(f => (f, Path.GetFileName(f))), request, onFile, until: null);
    }

    /// <summary>
    /// Ingests files from the start of <paramref name="files"/> in one batch until <paramref name="budget"/> has passed
    /// (at least one file), then refreshes links and caches once: a caller that holds a write lock releases it between
    /// slices, and each slice writes the vector file once instead of once per file. Returns one result per file done.
    /// </summary>
    /// <param name="files">Files (not folders), in order.</param>
    /// <param name="budget">Time after which no further file is begun.</param>
    /// <param name="onFile">Called before each file (progress).</param>
    public IReadOnlyList<IngestionResult> IngestSlice(IEnumerable<string> files, TimeSpan budget, Action<string>? onFile = null)
    {
        RequireWritable();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        return IngestBatch(files.Select(f => (f, Path.GetFileName(f))), IngestRequest.FromDisk, onFile,
            until: () => System.Diagnostics.Stopwatch.GetElapsedTime(started) >= budget);
    }

    /// <summary>Ingests one upload stored under a temporary path, naming the document after <paramref name="fileName"/>.</summary>
    /// <param name="path">The temporary path.</param>
    /// <param name="fileName">The name the user uploaded it under.</param>
    /// <param name="replace">True when it may replace a stored document with the same file name.</param>
    public IngestionResult IngestFile(string path, string fileName, bool replace = false) => IngestUploads([(path, fileName)], replace)[0];

    /// <summary>Ingests the files of one upload in one batch (one write of the vector file), in order.</summary>
    /// <param name="uploads">Each file's temporary path and the name the user uploaded it under.</param>
    /// <param name="replace">True when a file may replace a stored document with the same file name.</param>
    public IReadOnlyList<IngestionResult> IngestUploads(IReadOnlyList<(string Path, string FileName)> uploads, bool replace = false)
    {
        RequireWritable();
        // Documents whose indexing failed on an earlier write are indexed again first (not after this batch: a service
        // that just failed is given a request's time before it is asked again).
        TryRepairIndexes();
        var results = IngestBatch(uploads, IngestRequest.Upload with { Replace = replace }, onFile: null, until: null);
        MergeSmallSegmentsSoon();
        return results;
    }

    private IReadOnlyList<IngestionResult> IngestBatch(IEnumerable<(string Path, string FileName)> files, IngestRequest request, Action<string>? onFile, Func<bool>? until)
    {
        IReadOnlyList<IngestionResult> results;
        // The batch is opened on this thread, which writes every file (the pipeline prepares the next one on another).
        using (BeginBatch())
        {
            results = Pipeline.IngestAll(files, request, onFile, until);
        }
        NoteFailedIndexing(results);
        // Nothing to re-link or refresh when every file was already stored as it is (a warm start, file by file).
        if (results.Count == 0 || results.Any(r => r.Status != IngestionStatus.Unchanged))
        {
            AfterChange(results.Where(r => r.Status != IngestionStatus.Unchanged).Select(r => r.DocumentId).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
        }
        return results;
    }
}
