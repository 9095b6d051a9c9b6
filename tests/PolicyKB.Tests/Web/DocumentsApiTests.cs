using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PolicyKB.Tests.Web;

public sealed class DocumentsApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task The_host_ingests_the_bundled_content_at_start()
    {
        var health = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem_in_Vietnamese()
    {
        var response = await app.CreateClient().GetAsync("/api/documents/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Không tìm thấy văn bản", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_UI_and_the_OpenAPI_document_are_served()
    {
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/");
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.Contains("lang=\"vi\"", page);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/documents/{id}", out _));
    }
}
