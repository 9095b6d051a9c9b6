using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Web;

/// <summary>
/// The real web host over its own temporary data directory (the TodoApi pattern: one app and data per test class),
/// with the bundled content ingested at start and a known API key. The host ingests in the background; the factory
/// hands it out once that ingestion is over (<see cref="WaitForContent"/>), as the tests expect the content stored.
/// </summary>
public abstract class PolicyKbApplicationBase : WebApplicationFactory<Program>
{
    /// <summary>The API key the tests send.</summary>
    public const string ApiKey = "test-key-0123456789";

    private readonly TempDirectory _data = new();

    /// <summary>The data directory the host writes to.</summary>
    public string DataDirectory => _data.Path;

    /// <summary>Settings beyond (or replacing) the data directory, content directory and key.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>A client sending the API key.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Program.cs adds appsettings.json after the host settings, so UseSetting would lose to its "data" folder;
        // app configuration added here is applied when the app is built, after Program's sources, and wins.
        var settings = new Dictionary<string, string?>
        {
            ["PolicyKB:DataDirectory"] = _data.Path,
            ["PolicyKB:ContentDirectory"] = SharedData.ContentDirectory,
            ["PolicyKB:Api:ApiKey"] = ApiKey,
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    /// <summary>Whether the factory waits for the start-up ingestion before handing out the host.</summary>
    protected virtual bool WaitForContent => true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitForContent) host.Services.WaitForContent();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _data.Dispose();
    }
}
