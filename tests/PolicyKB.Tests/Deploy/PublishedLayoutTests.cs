using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace PolicyKB.Tests.Deploy;

/// <summary>
/// What an operator gets from <c>dotnet publish</c>: a folder that runs from anywhere, with its UI, bundled plans and
/// embedding model, and that keeps its data out of the install folder.
/// </summary>
public sealed class PublishedLayoutTests(PublishedApps apps) : IClassFixture<PublishedApps>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly Dictionary<string, string> NoSettings = [];
    private const string Plan = "ha-tinh-2024-cung-co-y-te-co-so";

    [Fact]
    public async Task The_published_host_started_from_another_folder_ingests_its_content_and_serves_search_and_the_ui()
    {
        var data = apps.NewFolder("data");
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        using var host = ChildProcess.Start(apps.NewFolder("cwd"), new Dictionary<string, string> { ["PolicyKB__DataDirectory"] = data },
            Path.Combine(apps.Web, "PolicyKB.Web.dll"), "--urls", address);
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };

        // Ingestion of content/ runs in the background after the host answers: wait until health says it is done.
        await PollAsync(host, async () =>
        {
            using var response = await http.GetAsync("/api/health");
            if (response.StatusCode != HttpStatusCode.OK) return null;
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            return json.GetProperty("ingestion").GetProperty("state").GetString() == "done" ? json : (JsonElement?)null;
        });
        var hits = await PollAsync(host, async () =>
        {
            using var response = await http.GetAsync("/api/search?q=b%E1%BA%A3o%20hi%E1%BB%83m%20y%20t%E1%BA%BF&mode=semantic&top=5");
            if (response.StatusCode != HttpStatusCode.OK) return null;
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            return json.GetProperty("hits").GetArrayLength() > 0 ? json.GetProperty("hits") : (JsonElement?)null;
        });

        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("text").GetString()!.Contains("bảo hiểm y tế", StringComparison.OrdinalIgnoreCase));
        using var health = await http.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var page = await http.GetStringAsync("/");
        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(data, "policykb.db")), host.Output);
        Assert.False(Directory.Exists(Path.Combine(apps.Web, "data")), "the host wrote data into its install folder");
    }

    [Fact]
    public async Task The_published_cli_run_from_another_folder_ingests_lists_and_searches_with_its_model()
    {
        var data = apps.NewFolder("data");
        var cwd = apps.NewFolder("cwd");

        var ingest = await Cli(cwd, NoSettings, "ingest", Path.Combine(apps.Cli, "content", Plan + ".txt"), "--data", data);
        var documents = await Cli(cwd, NoSettings, "documents", "--json", "--data", data);
        // Semantic mode needs the embedding model published in content/models/.
        var search = await Cli(cwd, NoSettings, "search", "bảo hiểm y tế", "--mode", "semantic", "--json", "--data", data);

        Assert.True(ingest.ExitCode == 0, ingest.Output);
        Assert.True(documents.ExitCode == 0, documents.Output);
        Assert.Contains($"\"{Plan}\"", documents.Output);
        Assert.True(search.ExitCode == 0, search.Output);
        Assert.Contains($"\"{Plan}/", search.Output);
    }

    [Fact]
    public async Task The_published_cli_keeps_its_default_store_in_the_user_data_folder_and_does_not_create_it_to_read()
    {
        var home = apps.NewFolder("home");
        var xdg = Path.Combine(home, "share");
        // Linux: LocalApplicationData is $XDG_DATA_HOME; elsewhere the assertion on the install folder still holds.
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["XDG_DATA_HOME"] = xdg };

        var documents = await Cli(apps.NewFolder("cwd"), environment, "documents");

        Assert.Equal(2, documents.ExitCode);
        Assert.Contains("Kho dữ liệu trống", documents.Output);
        Assert.Contains("policykb ingest", documents.Output);
        if (OperatingSystem.IsLinux()) Assert.Contains(Path.Combine(xdg, "policykb", "data"), documents.Output);
        Assert.False(Directory.Exists(Path.Combine(apps.Cli, "data")), "the CLI created a store in its install folder");
        Assert.False(Directory.Exists(xdg), "a read command created an empty store");
    }

    private Task<(int ExitCode, string Output)> Cli(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        ChildProcess.RunAsync(workingDirectory, environment, Patience, [Path.Combine(apps.Cli, "policykb.dll"), .. args]);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<JsonElement> PollAsync(ChildProcess host, Func<Task<JsonElement?>> probe)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(host.HasExited, $"the published host stopped (exit code {(host.HasExited ? host.ExitCode : 0)}):\n{host.Output}");
            try
            {
                if (await probe() is { } result) return result;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // A request that outlived the client's timeout while the host was busy ingesting.
            }
            await Task.Delay(250);
        }
        Assert.Fail($"the published host found nothing within {Patience}:\n{host.Output}");
        return default;
    }
}
