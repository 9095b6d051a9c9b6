namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// What a batch would take on two idle cores, worked out from the CPU time each file took on each thread: a preparing
/// thread (the run-ahead steps) hands files to a writing thread (save and index) through a queue bounded as the
/// pipeline bounds it (a number of files, and more than one only within a budget of file bytes), and the writing thread
/// ends the batch (the finish). On a shared machine the wall time measures the other tenants as much as the code; each
/// thread's CPU time does not, so this says how the two threads fit together (who waits for whom) apart from the load.
/// A model, not a measurement: it leaves out the runtime's own threads and the pauses of garbage collection.
/// </summary>
public static class TwoCoreModel
{
    /// <summary>
    /// Seconds from the first file to the end of the finish, for files that cost <c>Prepare</c> and then <c>Write</c>
    /// CPU seconds, in order, with at most <paramref name="depth"/> prepared files waiting, and more than one only while
    /// their <c>Bytes</c> stay within <paramref name="maxBytes"/>.
    /// </summary>
    public static double Seconds(IReadOnlyList<(double Prepare, double Write, long Bytes)> files, int depth, long maxBytes, double finish)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var count = files.Count;
        var taken = new double[count]; // when the writing thread takes file i
        var preparerFree = 0.0;
        var writerFree = 0.0;
        var firstWaiting = 0;          // the fewest files that must have been taken before file i may wait
        var waitingBytes = 0L;         // bytes of files firstWaiting .. i-1
        for (var i = 0; i < count; i++)
        {
            var prepared = preparerFree + files[i].Prepare;
            // Takes are in order, so the waiting files are a run ending at i-1: it shrinks from its start until the file fits.
            while (i - firstWaiting >= depth || (i - firstWaiting > 0 && waitingBytes + files[i].Bytes > maxBytes))
            {
                waitingBytes -= files[firstWaiting].Bytes;
                firstWaiting++;
            }
            var added = firstWaiting > 0 ? Math.Max(prepared, taken[firstWaiting - 1]) : prepared;
            preparerFree = added;
            waitingBytes += files[i].Bytes;
            taken[i] = Math.Max(writerFree, added);
            writerFree = taken[i] + files[i].Write;
        }
        return writerFree + finish;
    }
}
