using System.Globalization;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// CPU time of each of the process's threads at one moment, grouped by what the runtime names them (Linux
/// <c>/proc/self/task</c>): the difference of two snapshots says how much of a run's process CPU went to the runtime's
/// own threads — the JIT's background compiler, garbage collection — rather than to the ingesting threads.
/// Empty where <c>/proc</c> is not available.
/// </summary>
public sealed class ThreadCpuSnapshot
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly Dictionary<int, (string Name, double Seconds)> _threads;

    private ThreadCpuSnapshot(Dictionary<int, (string Name, double Seconds)> threads) => _threads = threads;

    /// <summary>The process's threads now.</summary>
    public static ThreadCpuSnapshot Take()
    {
        var threads = new Dictionary<int, (string, double)>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                if (!int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
                try
                {
                    var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    // Fields after the parenthesised name: state is field 3, utime 14 and stime 15 (1-based).
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
                    threads[id] = (name, ticks / TicksPerSecond);
                }
                catch (IOException)
                {
                    // The thread ended while being read.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            threads.Clear();
        }
        return new ThreadCpuSnapshot(threads);
    }

    /// <summary>
    /// CPU seconds used since <paramref name="before"/> by the threads alive now, summed by thread name, largest first;
    /// threads that ended in between are not counted (the caller compares with the process total).
    /// </summary>
    public IReadOnlyList<ThreadCpuFigures> Since(ThreadCpuSnapshot before) => _threads
        .Select(t => (t.Value.Name, Seconds: t.Value.Seconds - (before._threads.TryGetValue(t.Key, out var b) && b.Name == t.Value.Name ? b.Seconds : 0)))
        .GroupBy(t => t.Name, StringComparer.Ordinal)
        .Select(g => new ThreadCpuFigures(g.Key, Math.Round(g.Sum(t => t.Seconds), 2)))
        .Where(f => f.CpuSeconds > 0)
        .OrderByDescending(f => f.CpuSeconds)
        .ToList();
}
