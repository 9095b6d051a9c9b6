namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One system's throughput at one number of concurrent clients.</summary>
/// <param name="System">"policykb-keyword" or "sqlite-fts5-and".</param>
/// <param name="Clients">Concurrent clients, each a thread of its own sending one query after another.</param>
/// <param name="Queries">Queries answered in the timed rounds.</param>
/// <param name="QueriesPerSecond">The median of the rounds' queries per second.</param>
/// <param name="RatioToFts5And">This figure over FTS5-AND's at the same number of clients (above 1: more queries a second).</param>
/// <param name="AllocatedKilobytesPerQuery">Managed memory allocated per query over the timed rounds (SQLite's own memory is native, not counted).</param>
public sealed record ThroughputRun(string System, int Clients, int Queries, double QueriesPerSecond, double RatioToFts5And, double AllocatedKilobytesPerQuery)
{
    /// <summary>95th percentile of the query latencies over the timed rounds, in milliseconds (with several clients, each waits for a core).</summary>
    public double P95Milliseconds { get; init; }

    /// <summary><see cref="P95Milliseconds"/> over FTS5-AND's at the same number of clients (below 1: faster).</summary>
    public double P95RatioToFts5And { get; init; }
}
