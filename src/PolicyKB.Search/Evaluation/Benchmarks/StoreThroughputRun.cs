namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One engine's figures in <see cref="StoreThroughput"/>.</summary>
/// <param name="Provider">"litedb" or "postgres".</param>
/// <param name="Phase">"pipeline" (read to embed), "store only" (the store's writes alone, one transaction per document) or "store batch" (LiteDB's bulk batches).</param>
/// <param name="Documents">Documents stored.</param>
/// <param name="Clauses">Their clauses.</param>
/// <param name="Failed">Files that failed.</param>
/// <param name="Seconds">Wall time.</param>
/// <param name="MegabytesPerSecond">Source file bytes (MB = 10^6 B) per second.</param>
/// <param name="DocumentsPerSecond">Documents per second.</param>
/// <param name="ClausesPerSecond">Clauses per second.</param>
public sealed record StoreThroughputRun(
    string Provider, string Phase, int Documents, int Clauses, int Failed, double Seconds, double MegabytesPerSecond, double DocumentsPerSecond, double ClausesPerSecond)
{
    /// <summary>The figures of a run that stored <paramref name="documents"/> from <paramref name="bytes"/> of files in <paramref name="elapsed"/>.</summary>
    public static StoreThroughputRun From(string provider, string phase, int documents, int clauses, int failed, long bytes, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        return new StoreThroughputRun(provider, phase, documents, clauses, failed, Math.Round(seconds, 2), Math.Round(bytes / 1e6 / seconds, 2),
            Math.Round(documents / seconds, 1), Math.Round(clauses / seconds));
    }
}
