using System.Collections.Concurrent;

namespace PolicyKB.LoadTest;

/// <summary>Collects request latencies and errors from many users at once.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);

    /// <summary>Records a successful request.</summary>
    public void Success(double milliseconds) => _milliseconds.Add(milliseconds);

    /// <summary>Records a failed request by reason ("HTTP 500", "timeout").</summary>
    public void Error(string reason) => _errors.AddOrUpdate(reason, 1, (_, n) => n + 1);

    /// <summary>Successful requests.</summary>
    public int Count => _milliseconds.Count;

    /// <summary>Failed requests by reason.</summary>
    public IReadOnlyDictionary<string, int> Errors => _errors;

    /// <summary>The latency at percentile <paramref name="p"/> (0–100), nearest rank; 0 when nothing was recorded.</summary>
    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
