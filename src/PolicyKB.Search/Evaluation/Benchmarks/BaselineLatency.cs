namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One system's latency in a side-by-side baseline run, with its ratio to SQLite FTS5 (AND form).</summary>
/// <param name="System">"policykb-keyword", "sqlite-fts5-and", "sqlite-fts5-or", "lucene-standard-bm25".</param>
/// <param name="Description">How it is configured.</param>
/// <param name="Stats">Latencies in milliseconds (top 10, hits loaded with their text).</param>
/// <param name="P95RatioToFts5And">This system's p95 over FTS5-AND's (below 1: faster).</param>
/// <param name="MeanRatioToFts5And">This system's mean over FTS5-AND's.</param>
public sealed record BaselineLatency(string System, string Description, LatencyStats Stats, double P95RatioToFts5And, double MeanRatioToFts5And);
