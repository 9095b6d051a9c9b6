namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One latency run.</summary>
/// <param name="Mode">"keyword", "hybrid" or "hybrid+rerank".</param>
/// <param name="Clauses">Clauses in the index.</param>
/// <param name="Stats">Latencies in milliseconds (SearchAsync, top 10, hits hydrated).</param>
/// <param name="Rejected">Queries the service rejected (not timed).</param>
public sealed record LatencyRun(string Mode, int Clauses, LatencyStats Stats, int Rejected);
