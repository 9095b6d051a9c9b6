using System.Runtime.ExceptionServices;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Flushing ahead: documents buffered in memory are written out as a segment on a background thread while indexing goes
/// on, so the commit at the end of a batch only writes what came after.
/// </summary>
/// <remarks>
/// A segment is written by the thread that flushes it, one field after another. Without this, a buffer that reached the
/// writer's RAM budget was written by the ingesting thread in the middle of adding a document, on the critical path of a
/// bulk ingest, while the other core only prepared files. A flushed segment is not committed: a process that dies before
/// the commit leaves files no commit names, which the next open deletes, so what survives a crash is unchanged.
/// The threshold is the budget Lucene itself flushed at, not lower: a batch that fits in memory still ends as one segment
/// (measured on 200 files: flushing ahead at 24 MB shortened the batch's final commit from 1.4 to 0.5 s, but left four
/// segments that <c>policykb ingest</c>'s compaction then merged, 1.4 CPU-s more for the command as a whole).
/// </remarks>
public sealed partial class LuceneKeywordIndex
{
    /// <summary>Bytes buffered past which the buffer is written out as a segment on a background thread (64 MB).</summary>
    public const long DefaultFlushAheadBytes = 64L << 20;

    /// <summary>
    /// The writer's own RAM budget, past which the indexing thread flushes itself: above <see cref="DefaultFlushAheadBytes"/>,
    /// a backstop for a buffer that fills again while a background flush is still writing the one before.
    /// </summary>
    private const double RamBufferMB = 96;

    private readonly System.Threading.Lock _flushAheadGate = new();
    private Task _flushAhead = Task.CompletedTask;
    private ExceptionDispatchInfo? _flushAheadFailure;

    /// <summary>Bytes buffered past which a background flush starts (tests lower it).</summary>
    internal long FlushAheadBytes { get; init; } = DefaultFlushAheadBytes;

    /// <summary>Bytes of documents and deletions the writer holds in memory, not yet in a segment.</summary>
    internal long BufferedBytes => Writer.RamSizeInBytes();

    /// <summary>Starts writing the buffered documents out as a segment on a background thread when they pass <see cref="FlushAheadBytes"/>.</summary>
    private void FlushAheadIfFull()
    {
        if (!_flushAhead.IsCompleted || Writer.RamSizeInBytes() < FlushAheadBytes) return;
        lock (_flushAheadGate)
        {
            if (!_flushAhead.IsCompleted) return;
            // LongRunning: a flush takes a core for a second or so, not a pool thread's slice.
            _flushAhead = Task.Factory.StartNew(FlushBuffered, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private void FlushBuffered()
    {
        try
        {
            // Takes the buffer of each indexing thread (waiting for a document being added to finish); the threads go on
            // into new buffers meanwhile. Deletions are left for the commit to apply, as before.
            Writer.Flush(triggerMerge: false, applyAllDeletes: false);
        }
        catch (Exception ex)
        {
            // Reported by the commit that follows, as it would have been had the commit flushed these documents itself.
            _flushAheadFailure = ExceptionDispatchInfo.Capture(ex);
        }
    }

    /// <summary>Waits for a background flush to end; rethrows what it failed with (once).</summary>
    internal void WaitForFlushAhead()
    {
        Task running;
        lock (_flushAheadGate) running = _flushAhead;
        running.Wait();
        if (Interlocked.Exchange(ref _flushAheadFailure, null) is { } failure) failure.Throw();
    }
}
