using System.Diagnostics;
using PolicyKB.Search.Evaluation.Baselines;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Queries per second of PolicyKB's keyword search (top 10, hits hydrated) and SQLite FTS5 (AND form, top 10, texts
/// read) over the same clauses and queries, with 1 and with 4 concurrent clients. Every client is a thread sending its
/// share of the queries one after another (FTS5 clients each hold their own read-only connection, as a peer's server
/// would). These machines are shared, so each setting runs in several rounds, the systems alternating round by round,
/// and the median round counts; the figure that matters is the ratio at the same number of clients.
/// </summary>
public static class ThroughputBenchmark
{
    /// <summary>Name of the reference every ratio is taken against.</summary>
    public const string Reference = BaselineComparison.Reference;

    /// <summary>
    /// Times <paramref name="queries"/> on <paramref name="kb"/> and on <paramref name="fts"/> (a file database) with
    /// each count in <paramref name="clients"/>, over <paramref name="rounds"/> alternating rounds each.
    /// </summary>
    public static IReadOnlyList<ThroughputRun> Measure(KnowledgeBase kb, SqliteFts5Baseline fts, IReadOnlyList<string> queries,
        IReadOnlyList<int> clients, int rounds = 3, Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(queries.Count);
        var runs = new List<ThroughputRun>();
        foreach (var count in clients)
        {
            var readers = Enumerable.Range(0, count).Select(_ => fts.OpenReader()).ToList();
            try
            {
                var systems = new (string Name, Action<int, string> Run)[]
                {
                    ("policykb-keyword", (_, q) => RunPolicyKb(kb, q)),
                    (Reference, (client, q) => readers[client].Search(q, 10, Fts5QueryForm.And)),
                };
                // Warm-up: every query once on every system, untimed.
                foreach (var system in systems) Round(system.Run, queries, 1);
                var rates = systems.Select(_ => new List<double>()).ToArray();
                var allocated = new long[systems.Length];
                var latencies = systems.Select(_ => new List<double>()).ToArray();
                for (var round = 0; round < rounds; round++)
                {
                    for (var k = 0; k < systems.Length; k++)
                    {
                        var s = (round + k) % systems.Length;
                        var before = GC.GetTotalAllocatedBytes();
                        rates[s].Add(Round(systems[s].Run, queries, count, latencies[s]));
                        allocated[s] += GC.GetTotalAllocatedBytes() - before;
                        log?.Invoke($"throughput {systems[s].Name}, {count} client(s), round {round + 1}/{rounds}: {rates[s][^1]:F0} queries/s");
                    }
                }
                var medians = rates.Select(r => r.Order().ElementAt(r.Count / 2)).ToArray();
                var p95 = latencies.Select(l => LatencyStats.Of(l).P95).ToArray();
                runs.AddRange(systems.Select((s, i) => new ThroughputRun(s.Name, count, queries.Count * rounds, Math.Round(medians[i], 1),
                    medians[1] > 0 ? Math.Round(medians[i] / medians[1], 2) : 0, Math.Round(allocated[i] / 1024.0 / (queries.Count * rounds), 1))
                {
                    P95Milliseconds = Math.Round(p95[i], 2),
                    P95RatioToFts5And = p95[1] > 0 ? Math.Round(p95[i] / p95[1], 2) : 0,
                }));
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
            }
        }
        return runs;
    }

    /// <summary>
    /// One pass over the queries, shared among <paramref name="clients"/> threads: queries per second, and each query's
    /// latency in milliseconds (added to <paramref name="latencies"/>).
    /// </summary>
    private static double Round(Action<int, string> run, IReadOnlyList<string> queries, int clients, List<double>? latencies = null)
    {
        var next = -1;
        var perClient = Enumerable.Range(0, clients).Select(_ => new List<double>(queries.Count / clients + 1)).ToArray();
        var threads = Enumerable.Range(0, clients).Select(client => new Thread(() =>
        {
            // Clients take the next query in turn, so a slow query holds up one client, not a fixed share.
            for (var i = Interlocked.Increment(ref next); i < queries.Count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                run(client, queries[i]);
                perClient[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })
        { IsBackground = true, Name = $"bench client {client}" }).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        var elapsed = clock.Elapsed.TotalSeconds;
        foreach (var samples in perClient) latencies?.AddRange(samples);
        return queries.Count / Math.Max(elapsed, 1e-9);
    }

    private static void RunPolicyKb(KnowledgeBase kb, string query)
    {
        try
        {
            kb.Search.SearchAsync(new SearchRequest(query) { Mode = SearchMode.Keyword, Top = 10 }).GetAwaiter().GetResult();
        }
        catch (SearchQueryException)
        {
            // A query the service rejects costs its parse time, as it would for a user.
        }
    }
}
