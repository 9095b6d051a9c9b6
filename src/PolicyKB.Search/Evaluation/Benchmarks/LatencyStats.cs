namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>Percentiles of query latencies (nearest-rank method), in milliseconds.</summary>
/// <param name="Count">Samples.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Mean">Mean.</param>
/// <param name="Max">Slowest.</param>
public sealed record LatencyStats(int Count, double P50, double P95, double P99, double Mean, double Max)
{
    /// <summary>Summarises <paramref name="samples"/>; all zeros when there are none.</summary>
    public static LatencyStats Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0) return new LatencyStats(0, 0, 0, 0, 0, 0);
        var sorted = samples.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Average(), sorted[^1]);
    }

    /// <summary>Nearest rank: the smallest sample with at least <paramref name="p"/>% of the samples at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return 0;
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
