using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Cold start as a user meets it: a new process is started over an existing data folder and timed until its first
/// search is answered. The CLI (<c>policykb --data D search QUERY</c>) is timed to its first line of output; the web
/// host to the first 200 of <c>/api/search</c>, polled every 10 ms from the moment the process is started (its peak
/// resident memory is read then, before it is stopped). The two alternate run by run, so a machine shared with other
/// work slows both alike.
/// </summary>
/// <param name="options">What to start and over which data folder.</param>
/// <param name="log">Receives one line per run.</param>
public sealed class ColdStartBenchmark(ColdStartOptions options, Action<string> log)
{
    /// <summary>Runs the CLI and the web host <see cref="ColdStartOptions.Runs"/> times each, alternating.</summary>
    public ColdStartReport Run()
    {
        var cli = new List<ColdStartRun>();
        var web = new List<ColdStartRun>();
        for (var i = 0; i < options.Runs; i++)
        {
            var c = RunCli();
            cli.Add(c);
            log($"cold start {i + 1}/{options.Runs}: cli {Describe(c)}");
            if (options.WebHost is null) continue;
            var w = RunWeb(options.WebHost);
            web.Add(w);
            log($"cold start {i + 1}/{options.Runs}: web {Describe(w)}");
        }
        return new ColdStartReport(options.DataDirectory, options.Query, cli, web);
    }

    private ColdStartRun RunCli()
    {
        var start = new ProcessStartInfo(options.Cli[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in options.Cli.Skip(1)) start.ArgumentList.Add(argument);
        foreach (var argument in new[] { "--data", options.DataDirectory, "search", options.Query }) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"không chạy được {options.Cli[0]}");
        _ = process.StandardError.ReadToEndAsync();
        var first = process.StandardOutput.ReadLine();
        var answered = clock.Elapsed;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ColdStartRun(answered.TotalSeconds, first is not null && process.ExitCode == 0, null);
    }

    private ColdStartRun RunWeb(string webHost)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(webHost) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["PolicyKB__DataDirectory"] = options.DataDirectory;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var url = $"http://127.0.0.1:{port}/api/search?q={Uri.EscapeDataString(options.Query)}&top=3";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"không chạy được {webHost}");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            while (clock.Elapsed < options.Timeout && !process.HasExited)
            {
                if (TryGet(http, url) == HttpStatusCode.OK)
                {
                    var answered = clock.Elapsed.TotalSeconds;
                    var peak = PeakResidentKb(process.Id);
                    var cpu = CpuSeconds(process.Id);
                    return new ColdStartRun(answered, true, peak, SendMixedQueries(http, port) ? PeakResidentKb(process.Id) : null, cpu);
                }
                Thread.Sleep(10);
            }
            return new ColdStartRun(clock.Elapsed.TotalSeconds, false, null);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>Sends <see cref="ColdStartOptions.QueriesAfter"/> searches, one at a time; false when there are none to send.</summary>
    private bool SendMixedQueries(HttpClient http, int port)
    {
        if (options.QueriesAfter <= 0 || options.MixedQueries.Count == 0) return false;
        string[] modes = ["keyword", "hybrid", "semantic"];
        for (var i = 0; i < options.QueriesAfter; i++)
        {
            var query = options.MixedQueries[i % options.MixedQueries.Count];
            TryGet(http, $"http://127.0.0.1:{port}/api/search?q={Uri.EscapeDataString(query)}&mode={modes[i % modes.Length]}&top=10");
        }
        return true;
    }

    private static HttpStatusCode? TryGet(HttpClient http, string url)
    {
        try
        {
            using var response = http.GetAsync(url).GetAwaiter().GetResult();
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
            return null;
        }
    }

    /// <summary>VmHWM of a running process (Linux), or null where /proc is not there.</summary>
    internal static long? PeakResidentKb(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>User plus system CPU time of a running process from /proc/PID/stat (Linux), or null.</summary>
    internal static double? CpuSeconds(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat)) return null;
        // Fields after the parenthesised command name (which may hold spaces): utime and stime are the 12th and 13th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        // Clock ticks are 1/100 s on every Linux the project runs on (USER_HZ).
        return ticks / 100.0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Describe(ColdStartRun run) =>
        $"{run.Seconds:F2} s{(run.Answered ? "" : " (no answer)")}{(run.CpuSeconds is { } cpu ? $", {cpu:F2} s CPU" : "")}{(run.PeakResidentKb is { } kb ? $", peak {kb / 1024} MB" : "")}"
        + (run.PeakAfterQueriesKb is { } after ? $", peak {after / 1024} MB after {options.QueriesAfter} more searches" : "");
}
