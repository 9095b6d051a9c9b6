using PolicyKB.Search.Evaluation.Baselines;
using PolicyKB.Search.Evaluation.Benchmarks;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb bench --throughput D</c>: queries per second of PolicyKB keyword search and SQLite FTS5 (AND) over the
/// clauses of the data folder D, with 1 and 4 concurrent clients (<see cref="ThroughputBenchmark"/>), and their ratio.
/// The queries are the judged queries of tests/eval plus queries drawn from the store (<see cref="BenchQueries"/>).
/// </summary>
internal static class BenchThroughput
{
    private static readonly int[] Clients = [1, 4];

    public static int Run(CliConsole console, string dataDirectory, int queryCount, bool json)
    {
        if (!HasStore(console, dataDirectory)) return 2;
        var scratch = Path.Combine(Path.GetTempPath(), "policykb-throughput-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            using var kb = CliKnowledgeBase.OpenForReading(CliSettings.LoadExisting(dataDirectory));
            var queries = Queries(kb, queryCount);
            using var fts = new SqliteFts5Baseline(BaselineClause.ReadAll(kb.Store), Path.Combine(scratch, "fts5.db"));
            var runs = ThroughputBenchmark.Measure(kb, fts, queries, Clients, log: m => console.Error.WriteLine("bench: " + m));
            if (json)
            {
                CliJson.Write(console.Out, runs);
                return 0;
            }
            console.Out.WriteLine($"throughput over {fts.Clauses} clauses, {queries.Count} queries a round (top 10, texts read), median of 3 rounds:");
            foreach (var run in runs)
            {
                console.Out.WriteLine($"  {run.System,-18} {run.Clients} client(s): {run.QueriesPerSecond,8:F1} queries/s, {run.RatioToFts5And:F2}× FTS5-AND, {run.AllocatedKilobytesPerQuery:F0} KB managed allocations a query, p95 {run.P95Milliseconds:F2} ms ({run.P95RatioToFts5And:F2}× FTS5-AND)");
            }
            return 0;
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// <c>policykb bench --allocations D</c>: the managed memory a keyword query allocates, stage by stage
    /// (<see cref="AllocationBreakdown"/>), over the same queries as the throughput run.
    /// </summary>
    public static int Allocations(CliConsole console, string dataDirectory, int queryCount, bool json)
    {
        if (!HasStore(console, dataDirectory)) return 2;
        var settings = CliSettings.LoadExisting(dataDirectory);
        using var kb = CliKnowledgeBase.OpenForReading(settings);
        var breakdown = AllocationBreakdown.Measure(kb, PolicyKB.Search.Keyword.SynonymTable.Load(settings.SynonymsFile), Queries(kb, queryCount));
        if (json)
        {
            CliJson.Write(console.Out, breakdown);
            return 0;
        }
        console.Out.WriteLine($"managed allocations and time of a keyword query (top 10), average over {breakdown.Queries} queries:");
        foreach (var stage in breakdown.Stages) console.Out.WriteLine($"  {stage.Stage,-20} {stage.Kilobytes,9:F1} KB {stage.Milliseconds,8:F3} ms");
        console.Out.WriteLine($"  {"whole search",-20} {breakdown.WholeSearch,9:F1} KB {breakdown.WholeSearchMilliseconds,8:F3} ms");
        if (breakdown.Hybrid is { } hybrid)
        {
            console.Out.WriteLine($"hybrid search (top 10): p50 {hybrid.P50:F1} ms, p95 {hybrid.P95:F1} ms, mean {hybrid.Mean:F1} ms, {breakdown.HybridKilobytes:F0} KB allocated a query (all threads)");
        }
        return 0;
    }

    private static bool HasStore(CliConsole console, string dataDirectory)
    {
        if (File.Exists(Path.Combine(dataDirectory, "policykb.db"))) return true;
        console.Error.WriteLine($"policykb: không có kho dữ liệu tại {dataDirectory}; hãy nạp văn bản vào đó trước (policykb --data {dataDirectory} ingest …)");
        return false;
    }

    /// <summary>The judged queries of tests/eval plus queries drawn from the store.</summary>
    private static IReadOnlyList<string> Queries(PolicyKB.Search.KnowledgeBase kb, int queryCount)
    {
        var judged = PolicyKbPaths.Resolve("tests/eval/seed-queries.jsonl");
        var extra = File.Exists(judged) ? PolicyKB.Search.Evaluation.EvalQuerySet.Load(judged).Select(q => q.Query).ToList() : [];
        return BenchQueries.Build(kb.Store, Math.Max(1, queryCount), extra);
    }
}
