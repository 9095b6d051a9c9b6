using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Deploy;

/// <summary>
/// One PolicyKB node as a real process: the built web host (<c>PolicyKB.Web.dll</c> of the configuration under test)
/// on its own port and data folder, on the shared PostgreSQL store. Disposing kills it.
/// </summary>
public sealed class WebNode : IDisposable
{
    /// <summary>The API key every node is started with.</summary>
    public const string ApiKey = "node-key-0123456789";

    private readonly ChildProcess _process;

    private WebNode(ChildProcess process, string address, string dataDirectory)
    {
        _process = process;
        DataDirectory = dataDirectory;
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        Http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    /// <summary>A client sending the API key; requests may last minutes (an upload of ten plans on a busy machine).</summary>
    public HttpClient Http { get; }

    /// <summary>The node's data folder (its Lucene index, vector file and replica.seq).</summary>
    public string DataDirectory { get; }

    /// <summary>What the process printed so far.</summary>
    public string Output => _process.Output;

    /// <summary>The built web host: src/PolicyKB.Web/bin/&lt;configuration&gt;/&lt;framework&gt;/PolicyKB.Web.dll.</summary>
    public static string BuiltHost
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory);
            return Path.Combine(SharedData.RepositoryRoot, "src", "PolicyKB.Web", "bin", framework.Parent!.Name, framework.Name, "PolicyKB.Web.dll");
        }
    }

    /// <summary>
    /// Starts a node on a free port over <paramref name="dataDirectory"/> and <paramref name="connectionString"/>;
    /// <paramref name="ingestContent"/> decides whether it ingests the bundled content folder at start.
    /// </summary>
    public static WebNode Start(string dataDirectory, string connectionString, bool ingestContent)
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var environment = new Dictionary<string, string>
        {
            ["PolicyKB__DataDirectory"] = dataDirectory,
            ["PolicyKB__ContentDirectory"] = SharedData.ContentDirectory,
            ["PolicyKB__IngestContentOnStart"] = ingestContent ? "true" : "false",
            ["PolicyKB__Store__Provider"] = "postgres",
            ["PolicyKB__Store__ConnectionString"] = connectionString,
            ["PolicyKB__Api__ApiKey"] = ApiKey,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var process = ChildProcess.Start(SharedData.RepositoryRoot, environment, BuiltHost, "--urls", address);
        return new WebNode(process, address, dataDirectory);
    }

    /// <summary>Ends the node with SIGKILL (kill -9).</summary>
    public void Kill() => _process.Kill();

    /// <summary>GET <paramref name="path"/> as JSON, or null when the node does not answer 200 (yet).</summary>
    public async Task<JsonElement?> TryGetAsync(string path)
    {
        Assert.False(_process.HasExited, $"the node stopped (exit code {(_process.HasExited ? _process.ExitCode : 0)}):\n{Output}");
        try
        {
            using var response = await Http.GetAsync(path);
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        }
        catch (HttpRequestException)
        {
            return null; // Not listening yet.
        }
        catch (TaskCanceledException)
        {
            return null; // Busy past the client's timeout.
        }
    }

    /// <summary>Asks <paramref name="probe"/> every 100 ms until it holds; how long that took. Fails after <paramref name="patience"/>.</summary>
    public async Task<TimeSpan> WaitUntilAsync(TimeSpan patience, Func<Task<bool>> probe, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if (await probe()) return clock.Elapsed;
            await Task.Delay(100);
        }
        Assert.Fail($"{what}: not within {patience}.\n{Output}");
        return clock.Elapsed;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Http.Dispose();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
