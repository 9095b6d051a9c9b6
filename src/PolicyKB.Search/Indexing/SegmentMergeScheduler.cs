namespace PolicyKB.Search.Indexing;

/// <summary>
/// Runs a merge of the keyword index's small segments on a background thread after writes (an upload, a replica's page
/// of changes), one merge at a time: requests made while one is waiting to run are folded into it, and a request made
/// while one runs queues exactly one more, so a write never waits for a merge and no write is left unmerged.
/// </summary>
internal sealed class SegmentMergeScheduler : IDisposable
{
    private readonly Action _merge;
    private readonly System.Threading.Lock _gate = new();
    private Task _tail = Task.CompletedTask;
    private bool _queued;
    private bool _disposed;
    private int _failures;

    /// <summary>Creates the scheduler for <paramref name="merge"/>.</summary>
    public SegmentMergeScheduler(Action merge) => _merge = merge;

    /// <summary>Merges that failed (each left the index as it was; the next request tries again).</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>The last error a merge met, or null.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Asks for a merge soon, on a background thread; returns at once.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_disposed || _queued) return;
            _queued = true;
            // Its own thread, not the pool's: the merge waits on Lucene's merge threads, and on a two-core host a pool
            // thread held that long delays requests.
            _tail = _tail.ContinueWith(_ => Run(), CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Completes once every merge requested so far has run.</summary>
    public Task WhenIdle()
    {
        lock (_gate) return _tail;
    }

    /// <summary>Takes no further request and waits for the merge in progress (the index must outlive it).</summary>
    public void Dispose()
    {
        Task tail;
        lock (_gate)
        {
            _disposed = true;
            tail = _tail;
        }
        tail.Wait();
    }

    private void Run()
    {
        lock (_gate)
        {
            _queued = false;
            if (_disposed) return;
        }
        try
        {
            _merge();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failed merge changes nothing (Lucene drops the unfinished segment); the small segments stay searchable.
            LastError = ex;
            Interlocked.Increment(ref _failures);
        }
    }
}
