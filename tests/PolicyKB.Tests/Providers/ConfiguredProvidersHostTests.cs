using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Search;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Providers;

/// <summary>
/// The real web host switched to another embedding provider by configuration alone: clauses of the bundled plans
/// are embedded as passages at start-up, a semantic search embeds its query as a query.
/// </summary>
public sealed class ConfiguredProvidersHostTests
{
    /// <summary>
    /// Settings as an in-memory source added when the host is built, i.e. after Program.cs's own appsettings.json
    /// and environment sources, so they win (UseSetting values would be overridden by the repository's appsettings.json).
    /// </summary>
    private static void Configure(IWebHostBuilder builder, string dataDirectory, Dictionary<string, string?> settings)
    {
        builder.UseEnvironment("Testing");
        settings["PolicyKB:DataDirectory"] = dataDirectory;
        settings["PolicyKB:ContentDirectory"] = SharedData.ContentDirectory;
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }

    [Fact]
    public async Task The_web_host_embeds_through_an_OpenAI_compatible_server_named_in_configuration()
    {
        using var server = new FakeEmbeddingServer();
        using var data = new TempDirectory();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            Configure(builder, data.Path, new()
            {
                ["PolicyKB:Embeddings:Provider"] = "openai",
                ["PolicyKB:Embeddings:OpenAI:Endpoint"] = server.Endpoint,
                ["PolicyKB:Embeddings:OpenAI:Model"] = "multilingual-e5-small",
                ["PolicyKB:Embeddings:OpenAI:MaxRetries"] = "0",
                ["PolicyKB:Embeddings:OpenAI:QueryPrefix"] = "query: ",
                ["PolicyKB:Embeddings:OpenAI:PassagePrefix"] = "passage: ",
            }));

        var client = app.CreateClient();
        // The host ingests content/ in the background; the assertions are about the ingested state.
        app.Services.WaitForContent();
        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
        var passages = server.Requests.SelectMany(r => r.Inputs).ToList();
        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.StartsWith("passage: ", p));
        Assert.All(server.Requests, r => Assert.InRange(r.Inputs.Count, 1, 64));

        Assert.StartsWith("multilingual-e5-small@127.0.0.1:", app.Services.GetRequiredService<KnowledgeBase>().Semantic!.ModelId);
        var search = app.Services.GetRequiredService<SearchService>();
        var response = await search.SearchAsync(new SearchRequest("tiêm chủng mở rộng") { Mode = SearchMode.Semantic, Top = 3 });
        // The query is embedded with its prefix; related wording from the thesaurus, when there is some, is a second input.
        Assert.Equal("query: tiêm chủng mở rộng", server.Requests[^1].Inputs[0]);
        Assert.All(server.Requests[^1].Inputs, i => Assert.StartsWith("query: ", i));
        Assert.NotEmpty(response.Hits);
    }

    [Fact]
    public async Task The_web_host_embeds_with_a_local_ONNX_model_named_in_configuration()
    {
        using var folder = new TinyModelFolder();
        using var data = new TempDirectory();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            Configure(builder, data.Path, new()
            {
                ["PolicyKB:Embeddings:Provider"] = "onnx",
                ["PolicyKB:Embeddings:Onnx:ModelDirectory"] = folder.Directory,
            }));

        var client = app.CreateClient();
        // The host ingests content/ in the background; the assertions are about the ingested state.
        app.Services.WaitForContent();
        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
        var semantic = app.Services.GetRequiredService<KnowledgeBase>().Semantic!;
        Assert.StartsWith("tiny-e5@sha256:", semantic.ModelId);
        Assert.True(semantic.Count > 100, $"{semantic.Count} clause vectors");
        var search = app.Services.GetRequiredService<SearchService>();
        var response = await search.SearchAsync(new SearchRequest("kế hoạch bảo hiểm y tế") { Mode = SearchMode.Semantic, Top = 3 });
        Assert.Equal(3, response.Hits.Count);
    }
}
