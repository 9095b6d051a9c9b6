using System.Globalization;

namespace PolicyKB.ScaleOutBench;

/// <summary>Nearest-rank percentiles of a list of milliseconds.</summary>
public static class Percentiles
{
    /// <summary>The value at percentile <paramref name="p"/> (0–100), nearest rank; 0 for no values.</summary>
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>"p50 12 / p95 40 / p99 80 / max 95 ms (n=200)".</summary>
    public static string Summary(IReadOnlyCollection<double> values) => string.Create(CultureInfo.InvariantCulture,
        $"p50 {Of(values, 50):0} / p95 {Of(values, 95):0} / p99 {Of(values, 99):0} / max {Of(values, 100):0} ms (n={values.Count})");
}
