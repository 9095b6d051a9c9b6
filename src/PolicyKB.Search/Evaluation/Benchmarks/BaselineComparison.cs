using System.Diagnostics;
using PolicyKB.Search.Evaluation.Baselines;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// PolicyKB's keyword search beside the baselines a peer would reach for, on the same clauses and queries in one
/// run: SQLite FTS5 (a file database, <c>unicode61 remove_diacritics 2</c>, đ folded by hand, heading/text/title;
/// AND and OR forms) and plain Lucene with StandardAnalyzer (on disk). These machines are noisy, so the figures that
/// matter are the ratios: each query is timed on every system in turn, after one untimed warm-up pass each.
/// </summary>
public sealed record BaselineComparison
{
    /// <summary>Name of the reference every ratio is taken against.</summary>
    public const string Reference = "sqlite-fts5-and";

    /// <summary>Clauses every system indexed.</summary>
    public int Clauses { get; init; }

    /// <summary>Queries timed per system.</summary>
    public int Queries { get; init; }

    /// <summary>Each system's latency, PolicyKB first.</summary>
    public List<BaselineLatency> Systems { get; init; } = [];

    /// <summary>PolicyKB's data folder, MB.</summary>
    public double DataFolderMegabytes { get; init; }

    /// <summary>The FTS5 database file (original texts plus the contentless index), MB.</summary>
    public double Fts5DatabaseMegabytes { get; init; }

    /// <summary>Seconds SQLite took to build its index.</summary>
    public double Fts5IndexSeconds { get; init; }

    /// <summary>Builds the baselines under <paramref name="scratch"/> from the store's clauses and times every system on <paramref name="queries"/>.</summary>
    public static BaselineComparison Measure(KnowledgeBase kb, IReadOnlyList<string> queries, string dataFolder, string scratch)
    {
        System.IO.Directory.CreateDirectory(scratch);
        var clauses = BaselineClause.ReadAll(kb.Store);
        var clock = Stopwatch.StartNew();
        var fts5Path = Path.Combine(scratch, "fts5.db");
        using var fts = new SqliteFts5Baseline(clauses, fts5Path);
        var ftsSeconds = clock.Elapsed.TotalSeconds;
        using var lucene = new LuceneStandardBaseline(clauses, Path.Combine(scratch, "lucene-standard"));
        var systems = new (string Name, string Description, Action<string> Run)[]
        {
            ("policykb-keyword", "SearchService, keyword mode, top 10, hits hydrated", q => RunPolicyKb(kb, q)),
            (Reference, fts.Retriever(Fts5QueryForm.And).Description, q => fts.Search(q, 10, Fts5QueryForm.And)),
            ("sqlite-fts5-or", fts.Retriever(Fts5QueryForm.Or).Description, q => fts.Search(q, 10, Fts5QueryForm.Or)),
            (lucene.Name, lucene.Description, q => lucene.SearchAsync(q, 10).GetAwaiter().GetResult()),
        };
        foreach (var system in systems)
        {
            foreach (var query in queries) system.Run(query);
        }
        var samples = systems.Select(_ => new List<double>(queries.Count)).ToArray();
        foreach (var (query, index) in queries.Select((q, i) => (q, i)))
        {
            // Rotate the order so no system always runs right after another's cache misses.
            for (var k = 0; k < systems.Length; k++)
            {
                var s = (index + k) % systems.Length;
                var started = Stopwatch.GetTimestamp();
                systems[s].Run(query);
                samples[s].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        var stats = samples.Select(LatencyStats.Of).ToArray();
        var reference = stats[1];
        return new BaselineComparison
        {
            Clauses = fts.Clauses,
            Queries = queries.Count,
            Systems = systems.Select((s, i) => new BaselineLatency(s.Name, s.Description, stats[i], Ratio(stats[i].P95, reference.P95), Ratio(stats[i].Mean, reference.Mean))).ToList(),
            DataFolderMegabytes = Math.Round(FolderBytes(dataFolder) / 1e6, 1),
            Fts5DatabaseMegabytes = Math.Round(new FileInfo(fts5Path).Length / 1e6, 1),
            Fts5IndexSeconds = Math.Round(ftsSeconds, 1),
        };
    }

    /// <summary>Total size of the files under <paramref name="folder"/>.</summary>
    public static long FolderBytes(string folder) =>
        System.IO.Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private static double Ratio(double value, double reference) => reference > 0 ? Math.Round(value / reference, 2) : 0;

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
