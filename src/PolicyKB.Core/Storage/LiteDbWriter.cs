using LiteDB;

namespace PolicyKB.Storage;

/// <summary>
/// Runs writes against one LiteDB database, each write atomic. Outside a batch every write is its own transaction.
/// Inside a batch (<see cref="BeginBatch"/>) writes share one transaction, committed when the batch ends or grows
/// past <see cref="MaxBatchWrites"/>: a commit costs a disk flush, which on ordinary disks dominates the cost of
/// storing a document. If a write fails inside a batch, the transaction is rolled back, the batch's earlier writes
/// are applied again and committed, and the error is rethrown, so a failure still loses only the failing write.
/// A batch's commits leave the writing of their pages to LiteDB's background log writer (<see cref="DiskWriterHandOff"/>).
/// </summary>
public sealed class LiteDbWriter
{
    /// <summary>Writes after which an open batch is committed.</summary>
    public const int MaxBatchWrites = 32;

    private readonly LiteDatabase _db;
    private readonly System.Threading.Lock _lock = new();
    private readonly List<Action> _pending = [];
    private int _batchDepth;

    /// <summary>Creates the writer for <paramref name="db"/>.</summary>
    public LiteDbWriter(LiteDatabase db) => _db = db;

    /// <summary>Starts (or joins) a batch; dispose the result to commit it.</summary>
    public IDisposable BeginBatch()
    {
        lock (_lock)
        {
            if (_batchDepth++ == 0) _db.BeginTrans();
            return new Batch(this);
        }
    }

    /// <summary>Runs one atomic write.</summary>
    public void Write(Action write)
    {
        lock (_lock)
        {
            if (_batchDepth == 0)
            {
                _db.BeginTrans();
                try
                {
                    write();
                    _db.Commit();
                }
                catch
                {
                    _db.Rollback();
                    throw;
                }
                return;
            }
            DiskWriterHandOff.Run(() => WriteInBatch(write));
        }
    }

    /// <summary>One write of an open batch (under the lock), committing the batch's transaction once it is full.</summary>
    private void WriteInBatch(Action write)
    {
        try
        {
            write();
            _pending.Add(write);
        }
        catch
        {
            Recover();
            throw;
        }
        if (_pending.Count >= MaxBatchWrites)
        {
            _db.Commit();
            _pending.Clear();
            _db.BeginTrans();
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> with no write under way and no batch open (a backup must not copy half a
    /// transaction): waits for an open batch to be committed, up to <paramref name="wait"/>.
    /// </summary>
    public void RunExclusive(Action action, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            lock (_lock)
            {
                if (_batchDepth == 0)
                {
                    action();
                    return;
                }
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("kho đang nạp văn bản quá lâu; hãy thử sao lưu lại sau");
            Thread.Sleep(100);
        }
    }

    /// <summary>Runs <paramref name="action"/> now if no batch is open, else not at all; true when it ran.</summary>
    public bool RunIfIdle(Action action)
    {
        lock (_lock)
        {
            if (_batchDepth > 0) return false;
            action();
            return true;
        }
    }

    private void Recover()
    {
        _db.Rollback();
        _db.BeginTrans();
        foreach (var write in _pending) write();
        _db.Commit();
        _pending.Clear();
        _db.BeginTrans();
    }

    private void EndBatch()
    {
        lock (_lock)
        {
            if (--_batchDepth > 0) return;
            DiskWriterHandOff.Run(() => _db.Commit());
            _pending.Clear();
        }
    }

    private sealed class Batch(LiteDbWriter writer) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            writer.EndBatch();
        }
    }
}
