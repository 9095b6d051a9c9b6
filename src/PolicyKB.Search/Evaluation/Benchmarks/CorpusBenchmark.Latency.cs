using System.Diagnostics;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>Query latency of the benchmark: keyword, hybrid and reranked hybrid over queries drawn from the store.</summary>
public sealed partial class CorpusBenchmark
{
    /// <summary>Keyword and (with a model) hybrid latency over queries drawn from what is stored now.</summary>
    private List<LatencyRun> TimeLatency(KnowledgeBase kb)
    {
        var queries = BenchQueries.Build(kb.Store, options.Queries, options.ExtraQueries);
        Report($"{queries.Count} truy vấn đo độ trễ, {kb.Keyword.ClauseCount} điều khoản trong chỉ mục");
        var runs = new List<LatencyRun> { TimeQueries(kb, queries, SearchMode.Keyword) };
        if (kb.Search.HasSemantic) runs.Add(TimeQueries(kb, queries, SearchMode.Hybrid));
        if (kb.Search.HasSemantic && kb.Search.Reranker is not null) runs.Add(TimeQueries(kb, queries, SearchMode.Hybrid, rerank: true));
        return runs;
    }

    private LatencyRun TimeQueries(KnowledgeBase kb, IReadOnlyList<string> queries, SearchMode mode, bool rerank = false)
    {
        // Warm-up, not timed: one pass over every query, so the JIT's optimised code, the Lucene readers and the
        // citation-key cache are in place: the steady state of a running server.
        foreach (var query in queries) Search(kb, query, mode, rerank);
        var samples = new List<double>(queries.Count);
        var rejected = 0;
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            if (!Search(kb, query, mode, rerank))
            {
                rejected++;
                continue;
            }
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var stats = LatencyStats.Of(samples);
        var name = mode.ToString().ToLowerInvariant() + (rerank ? "+rerank" : "");
        Report($"{name}: p50 {stats.P50:0.0} ms, p95 {stats.P95:0.0} ms, p99 {stats.P99:0.0} ms");
        return new LatencyRun(name, kb.Keyword.ClauseCount, stats, rejected);
    }

    private static bool Search(KnowledgeBase kb, string query, SearchMode mode, bool rerank)
    {
        try
        {
            // Hybrid is timed without the rerank stage and, when a model is loaded, again with it.
            kb.Search.SearchAsync(new SearchRequest(query) { Mode = mode, Top = 10, Rerank = rerank }).GetAwaiter().GetResult();
            return true;
        }
        catch (SearchQueryException)
        {
            return false;
        }
    }
}
