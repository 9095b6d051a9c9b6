namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// What a batch would take on two idle cores, worked out from the CPU time each file took on each thread: a preparing
/// thread (the run-ahead steps) hands files to a writing thread (save and index) through a queue of
/// <c>depth</c> waiting files, and the writing thread ends the batch (the finish). On a shared machine the wall time
/// measures the other tenants as much as the code; each thread's CPU time does not, so this says how the two threads
/// fit together (who waits for whom) apart from the load. A model, not a measurement: it leaves out the runtime's own
/// threads and the pauses of garbage collection.
/// </summary>
public static class TwoCoreModel
{
    /// <summary>
    /// Seconds from the first file to the end of the finish, for files that cost <c>Prepare</c> and then <c>Write</c>
    /// CPU seconds, in order, with at most <paramref name="depth"/> prepared files waiting.
    /// </summary>
    public static double Seconds(IReadOnlyList<(double Prepare, double Write)> files, int depth, double finish)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var count = files.Count;
        var added = new double[count];  // when file i is in the queue (prepared, and a place was free)
        var taken = new double[count];  // when the writing thread takes file i
        var preparerFree = 0.0;
        var writerFree = 0.0;
        for (var i = 0; i < count; i++)
        {
            var prepared = preparerFree + files[i].Prepare;
            // A place is free once the file depth places ahead of this one has been taken.
            added[i] = i >= depth ? Math.Max(prepared, taken[i - depth]) : prepared;
            preparerFree = added[i];
            taken[i] = Math.Max(writerFree, added[i]);
            writerFree = taken[i] + files[i].Write;
        }
        return writerFree + finish;
    }
}
