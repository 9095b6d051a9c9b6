namespace PolicyKB.Ingestion;

/// <summary>
/// The files prepared ahead and waiting to be written, handed from the preparing thread to the writing one in order.
/// Bounded by count and by the files' bytes: more than one file waits only while their bytes stay within the budget, so
/// a run of small files buffers the jitter between the two threads (a large file to prepare while the writer has
/// nothing; a large one to index while the preparer has nowhere to put the next), and a large file waits alone.
/// </summary>
internal sealed class PreparedFiles
{
    private readonly Queue<FileInProgress> _files = new();
    private readonly object _gate = new();
    private readonly int _maxFiles;
    private readonly long _maxBytes;
    private long _bytes;
    private bool _completed;

    /// <summary>Creates the queue: at most <paramref name="maxFiles"/> files, and more than one only within <paramref name="maxBytes"/>.</summary>
    public PreparedFiles(int maxFiles, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFiles, 1);
        _maxFiles = maxFiles;
        _maxBytes = maxBytes;
    }

    /// <summary>Adds <paramref name="file"/>, waiting while the queue is full; throws when <paramref name="stop"/> is cancelled first.</summary>
    public void Add(FileInProgress file, CancellationToken stop)
    {
        var bytes = file.Context.Content.LongLength;
        using var wake = stop.Register(() => { lock (_gate) Monitor.PulseAll(_gate); });
        lock (_gate)
        {
            while (_files.Count >= _maxFiles || (_files.Count > 0 && _bytes + bytes > _maxBytes))
            {
                stop.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }
            stop.ThrowIfCancellationRequested();
            _files.Enqueue(file);
            _bytes += bytes;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Says no file follows: <see cref="Take"/> returns false once the queue is empty.</summary>
    public void CompleteAdding()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Takes the next file in order, waiting for one; false when every file has been taken.</summary>
    public bool Take(out FileInProgress file)
    {
        lock (_gate)
        {
            while (_files.Count == 0)
            {
                if (_completed)
                {
                    file = null!;
                    return false;
                }
                Monitor.Wait(_gate);
            }
            file = _files.Dequeue();
            _bytes -= file.Context.Content.LongLength;
            Monitor.PulseAll(_gate);
            return true;
        }
    }
}
