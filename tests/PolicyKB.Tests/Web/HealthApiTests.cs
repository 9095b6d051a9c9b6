using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicyKB.Storage;
using PolicyKB.Tests.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Web;

/// <summary>
/// GET /api/health for monitoring: "ok" with what is stored, the start-up ingestion's progress and the store check;
/// "degraded" with HTTP 503 and a Vietnamese list of problems when part of the data is unreadable. A damaged store
/// stops the host at start with one log line naming the file and the remedy.
/// </summary>
public sealed class HealthApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task A_sound_host_reports_ok_with_the_finished_ingestion_and_the_passed_store_check()
    {
        app.Services.WaitForStoreCheck();

        var health = await app.CreateClient().GetOk("/api/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
        var ingestion = health.GetProperty("ingestion");
        Assert.Equal("done", ingestion.GetProperty("state").GetString());
        Assert.Equal(5, ingestion.GetProperty("done").GetInt32());
        Assert.Equal(5, ingestion.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, ingestion.GetProperty("current").ValueKind);
        Assert.Equal("passed", health.GetProperty("storeCheck").GetString());
        Assert.Equal(0, health.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task The_host_serves_while_the_content_folder_is_ingested_in_the_background()
    {
        using var held = new DataFolderApplication(holdWrites: true);
        var client = held.CreateClient();

        var during = await client.GetOk("/api/health");
        var ingestion = during.GetProperty("ingestion");
        Assert.Equal("running", ingestion.GetProperty("state").GetString());
        Assert.Equal(0, ingestion.GetProperty("done").GetInt32());
        Assert.Equal(5, ingestion.GetProperty("total").GetInt32());
        Assert.EndsWith(".md", ingestion.GetProperty("current").GetString());
        Assert.Equal(0, during.GetProperty("documents").GetInt32());
        // Searches answer from what is stored so far.
        var search = await client.GetOk("/api/search?q=ti%C3%AAm%20ch%E1%BB%A7ng");
        Assert.Equal(0, search.GetProperty("hits").GetArrayLength());

        held.ReleaseWrites();
        held.Services.WaitForContent();

        var after = await client.GetOk("/api/health");
        Assert.Equal("done", after.GetProperty("ingestion").GetProperty("state").GetString());
        Assert.Equal(5, after.GetProperty("ingestion").GetProperty("done").GetInt32());
        Assert.Equal(5, after.GetProperty("documents").GetInt32());
        Assert.NotEqual(0, (await client.GetOk("/api/search?q=ti%C3%AAm%20ch%E1%BB%A7ng")).GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_content_folder_is_a_logged_warning_and_the_host_serves_an_idle_ingestion()
    {
        using var dir = new TempDirectory();
        using var host = new DataFolderApplication(settings: new Dictionary<string, string> { ["PolicyKB:ContentDirectory"] = dir.File("khong-co") });

        var health = await host.CreateClient().GetOk("/api/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("idle", health.GetProperty("ingestion").GetProperty("state").GetString());
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(dir.File("khong-co"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Damage_inside_stored_records_turns_the_health_degraded_with_503_and_names_the_file()
    {
        using var folder = new DataFolderFixture(withVectors: true);
        DataFolderFixture.WriteRandomBytes(folder.StoreFile, LiteDbPages.DataPageOfLargestCollection(folder.StoreFile) + 64, LiteDbPages.PageSize - 64);
        using var host = new DataFolderApplication(folder.Path, new Dictionary<string, string> { ["PolicyKB:IngestContentOnStart"] = "false" });
        var client = host.CreateClient();
        host.Services.WaitForStoreCheck();

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Equal("failed", health.GetProperty("storeCheck").GetString());
        var problem = health.GetProperty("problems").EnumerateArray().First().GetString()!;
        Assert.Contains(folder.StoreFile, problem);
        Assert.Contains("policykb restore", problem);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains(folder.StoreFile, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_store_file_stops_the_host_at_start_with_a_log_line_naming_the_file_and_the_remedy()
    {
        using var folder = new DataFolderFixture();
        File.WriteAllBytes(folder.StoreFile, []);
        using var host = new DataFolderApplication(folder.Path);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(Chain(error), e => e is StoreDamagedException);
        var line = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains(folder.StoreFile, line.Message);
        Assert.Contains("policykb restore", line.Message);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException) yield return e;
        if (error is AggregateException aggregate) foreach (var inner in aggregate.InnerExceptions) yield return inner;
    }
}
