using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Deploy;

/// <summary>A host whose content/ and web/ folders are missing (a partial copy, a wrong setting) still serves the API.</summary>
public sealed class MissingFoldersTests : IDisposable
{
    private readonly HostWithoutFolders _app = new();

    [Fact]
    public async Task Without_content_and_ui_folders_the_host_starts_with_an_empty_store_and_answers_the_api()
    {
        using var client = _app.CreateClient();

        using var health = await client.GetAsync("/api/health");
        using var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    public void Dispose() => _app.Dispose();

    private sealed class HostWithoutFolders : PolicyKbApplicationBase
    {
        private readonly TempDirectory _empty = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Added after the base's settings, so these win.
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PolicyKB:ContentDirectory"] = Path.Combine(_empty.Path, "content"),
                ["PolicyKB:WebDirectory"] = Path.Combine(_empty.Path, "web"),
            }));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) _empty.Dispose();
        }
    }
}
