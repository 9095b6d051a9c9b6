using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace PolicyKB.LoadTest;

/// <summary>
/// Simulated users searching: each sends the debounced request the UI sends for a query, checks the answer, pauses
/// (reading), and moves on to the next query, until the duration or the request budget runs out.
/// </summary>
public sealed class LoadRunner(LoadOptions options, TextWriter log)
{
    /// <summary>Runs the load; returns the latencies of the search requests and of first-page loads measured alongside.</summary>
    public async Task<(LatencyRecorder Searches, LatencyRecorder FirstPages, TimeSpan Elapsed)> RunAsync()
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Users + 4, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = options.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        var searches = new LatencyRecorder();
        var firstPages = new LatencyRecorder();
        var budget = options.MaxRequests;
        using var stop = new CancellationTokenSource(options.Duration);
        var clock = Stopwatch.StartNew();

        var users = Enumerable.Range(0, options.Users).Select(user => Task.Run(async () =>
        {
            var random = new Random(user * 7919 + 17);
            // Users do not arrive at the same instant.
            await Delay(TimeSpan.FromMilliseconds(random.Next(0, (int)Math.Max(1, options.ThinkTime.TotalMilliseconds))), stop.Token).ConfigureAwait(false);
            for (var i = user; !stop.IsCancellationRequested && Interlocked.Decrement(ref budget) >= 0; i++)
            {
                var query = Queries.All[i % Queries.All.Count];
                await SearchOnce(http, query, searches, stop.Token).ConfigureAwait(false);
                var pause = options.ThinkTime.TotalMilliseconds * (0.5 + random.NextDouble());
                await Delay(TimeSpan.FromMilliseconds(pause), stop.Token).ConfigureAwait(false);
            }
        })).ToList();

        // A newcomer opening the search page every few seconds, while the others are searching.
        var probe = new FirstPageProbe(http);
        var visitors = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var (ms, error) = await probe.MeasureAsync(Queries.All[i % Queries.All.Count], stop.Token).ConfigureAwait(false);
                if (stop.IsCancellationRequested) break;
                if (error is null) firstPages.Success(ms); else firstPages.Error(error);
                await Delay(TimeSpan.FromSeconds(5), stop.Token).ConfigureAwait(false);
            }
        });

        var progress = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Delay(TimeSpan.FromSeconds(10), stop.Token).ConfigureAwait(false);
                if (!stop.IsCancellationRequested) log.WriteLine($"  {clock.Elapsed.TotalSeconds,4:0} s: {searches.Count} lượt tìm, p95 {searches.Percentile(95):0} ms, lỗi {searches.Errors.Values.Sum()}");
            }
        });

        await Task.WhenAll(users.Append(visitors).Append(progress)).ConfigureAwait(false);
        return (searches, firstPages, clock.Elapsed);
    }

    private async Task SearchOnce(HttpClient http, string query, LatencyRecorder searches, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.GetAsync($"api/search?q={Uri.EscapeDataString(query)}&mode={options.Mode}&top=10", stop).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(stop).ConfigureAwait(false);
            clock.Stop();
            if (response.StatusCode != HttpStatusCode.OK) { searches.Error($"HTTP {(int)response.StatusCode}"); return; }
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("hits", out _)) { searches.Error("trả lời thiếu hits"); return; }
            searches.Success(clock.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended while this request was in flight; it is neither a success nor an error.
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            searches.Error(ex.GetType().Name);
        }
    }

    private static async Task Delay(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
