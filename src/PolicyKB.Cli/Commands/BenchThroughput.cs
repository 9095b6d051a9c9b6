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
        if (!File.Exists(Path.Combine(dataDirectory, "policykb.db")))
        {
            console.Error.WriteLine($"policykb: không có kho dữ liệu tại {dataDirectory}; hãy nạp văn bản vào đó trước (policykb --data {dataDirectory} ingest …)");
            return 2;
        }
        var scratch = Path.Combine(Path.GetTempPath(), "policykb-throughput-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            using var kb = CliKnowledgeBase.OpenForReading(CliSettings.LoadExisting(dataDirectory));
            var judged = PolicyKbPaths.Resolve("tests/eval/seed-queries.jsonl");
            var extra = File.Exists(judged) ? PolicyKB.Search.Evaluation.EvalQuerySet.Load(judged).Select(q => q.Query).ToList() : [];
            var queries = BenchQueries.Build(kb.Store, Math.Max(1, queryCount), extra);
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
                console.Out.WriteLine($"  {run.System,-18} {run.Clients} client(s): {run.QueriesPerSecond,8:F1} queries/s, {run.RatioToFts5And:F2}× FTS5-AND, {run.AllocatedKilobytesPerQuery:F0} KB managed allocations a query");
            }
            return 0;
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
