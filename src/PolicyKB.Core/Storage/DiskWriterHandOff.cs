namespace PolicyKB.Storage;

/// <summary>
/// Lets LiteDB's log writer do its work on its own thread while a batch commits. LiteDB 5 queues a commit's pages for
/// a background writer that writes them and flushes the log once the queue is empty, but it wakes that writer through
/// a task continuation, which .NET runs inline on the committing thread when that thread has no synchronization
/// context: the committing thread then wrote each page and flushed (fsync) the log after each one, because the queue
/// was empty again after every page. A bulk ingest of 200 files made about 1,900 flushes on the thread that saves
/// and indexes, seconds of waiting for the disk on the batch's critical path. .NET does not run a continuation inline
/// under a synchronization context of a type of its own (<c>AwaitTaskContinuation.IsValidLocationForInlining</c>),
/// so inside this scope the writer is scheduled on the thread pool, as LiteDB intends, writes many pages per flush,
/// and the committing thread goes on with the next file.
/// </summary>
/// <remarks>
/// Nothing is posted to this context: its <see cref="SynchronizationContext.Post"/> is the base one (the thread pool),
/// so code awaiting under it resumes as it would without it. A commit stays atomic (LiteDB discards a transaction whose
/// last page did not reach the log); what a crash keeps is what the writer has written, as under any other context
/// (the test runner's, or a host's), and the end of a batch waits for the writer (the store checkpoint).
/// </remarks>
internal sealed class DiskWriterHandOff : SynchronizationContext
{
    private static readonly DiskWriterHandOff Instance = new();

    private DiskWriterHandOff()
    {
    }

    /// <summary>
    /// Runs <paramref name="action"/> with LiteDB's writer handed off, unless the thread already has a context of its
    /// own (which already keeps the writer off it, and is left as it is).
    /// </summary>
    public static void Run(Action action)
    {
        var previous = Current;
        if (previous is not null && previous.GetType() != typeof(SynchronizationContext))
        {
            action();
            return;
        }
        SetSynchronizationContext(Instance);
        try
        {
            action();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
