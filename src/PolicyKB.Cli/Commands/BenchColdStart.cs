using PolicyKB.Search.Evaluation.Benchmarks;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb bench --cold-start D</c>: times new CLI and web host processes over the data folder D, from process start
/// to their first search answered (<see cref="ColdStartBenchmark"/>), instead of the corpus benchmark.
/// </summary>
internal static class BenchColdStart
{
    public static int Run(CliConsole console, string dataDirectory, int runs, string? webHost, string query, int queriesAfter, bool json)
    {
        if (!File.Exists(Path.Combine(dataDirectory, "policykb.db")))
        {
            console.Error.WriteLine($"policykb: không có kho dữ liệu tại {dataDirectory}; hãy nạp văn bản vào đó trước (policykb --data {dataDirectory} ingest …)");
            return 2;
        }
        var web = webHost ?? BesideInCheckout();
        if (web is not null && !File.Exists(web))
        {
            console.Error.WriteLine($"policykb: không tìm thấy máy chủ web {web}; hãy build PolicyKB.Web hoặc chỉ ra tệp chạy bằng --web-host");
            return 2;
        }
        if (web is null) console.Error.WriteLine("bench: không tìm thấy máy chủ web cạnh lệnh này; chỉ đo dòng lệnh (chỉ ra bằng --web-host)");
        var judged = PolicyKbPaths.Resolve("tests/eval/seed-queries.jsonl");
        var options = new ColdStartOptions
        {
            DataDirectory = Path.GetFullPath(dataDirectory), Cli = ThisCli(), WebHost = web, Query = query, Runs = runs, QueriesAfter = queriesAfter,
            MixedQueries = File.Exists(judged) ? PolicyKB.Search.Evaluation.EvalQuerySet.Load(judged).Select(q => q.Query).ToList() : [query],
        };
        var report = new ColdStartBenchmark(options, m => console.Error.WriteLine("bench: " + m)).Run();
        if (json) CliJson.Write(console.Out, report);
        else foreach (var line in report.Lines()) console.Out.WriteLine(line);
        return report.Cli.All(r => r.Answered) && report.Web.All(r => r.Answered) ? 0 : 1;
    }

    /// <summary>This CLI's own command line: its app host, or <c>dotnet policykb.dll</c> when started through dotnet.</summary>
    private static IReadOnlyList<string> ThisCli()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("không biết đường dẫn của lệnh đang chạy");
        var entry = typeof(BenchColdStart).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? [process, entry] : [process];
    }

    /// <summary>The web host built beside this CLI in a checkout (src/PolicyKB.Web/bin/&lt;same folder&gt;), or null.</summary>
    private static string? BesideInCheckout()
    {
        var cliBin = AppContext.BaseDirectory.Replace('\\', '/');
        var marker = "/src/PolicyKB.Cli/bin/";
        var at = cliBin.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var webBin = cliBin[..at] + "/src/PolicyKB.Web/bin/" + cliBin[(at + marker.Length)..];
        var host = Path.Combine(webBin, OperatingSystem.IsWindows() ? "PolicyKB.Web.exe" : "PolicyKB.Web");
        return File.Exists(host) ? host : null;
    }
}
