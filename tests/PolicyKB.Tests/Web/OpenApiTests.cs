using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyKB.Tests.Web;

public sealed class OpenApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task The_document_is_valid_OpenAPI_json_with_a_Vietnamese_description()
    {
        var document = await app.CreateClient().GetOk("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal("PolicyKB API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("kho tri thức", document.GetProperty("info").GetProperty("description").GetString());
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Every_API_endpoint_is_documented()
    {
        var document = await app.CreateClient().GetOk("/openapi/v1.json");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: OpenApiPath(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();

        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} API endpoints found");
        foreach (var (path, method) in endpoints)
        {
            Assert.True(document.GetProperty("paths").TryGetProperty(path, out var item), $"{path} missing from the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out _), $"{method} {path} missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task Every_operation_has_a_name_Vietnamese_summary_description_tag_and_example()
    {
        var document = await app.CreateClient().GetOk("/openapi/v1.json");

        foreach (var (path, method, operation) in Operations(document))
        {
            var where = $"{method} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()), where);
            Assert.Matches("[àáảãạăâđèéêìíòóôơùúưỳýạ-ỹ]", operation.GetProperty("summary").GetString()!);
            Assert.True(operation.GetProperty("description").GetString()!.Length > 40, where);
            Assert.NotEqual(0, operation.GetProperty("tags").GetArrayLength());
            var parameterExample = operation.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.TryGetProperty("example", out _));
            var responseExample = operation.GetProperty("responses").EnumerateObject()
                .Any(r => r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("example", out _)));
            var requestExample = operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").EnumerateObject().Any(c => c.Value.TryGetProperty("example", out _));
            Assert.True(parameterExample || responseExample || requestExample, $"{where} has no example");
        }
    }

    [Fact]
    public async Task Parameters_are_described_and_exemplified()
    {
        var document = await app.CreateClient().GetOk("/openapi/v1.json");

        foreach (var (path, method, operation) in Operations(document))
        {
            if (!operation.TryGetProperty("parameters", out var parameters)) continue;
            foreach (var parameter in parameters.EnumerateArray())
            {
                var where = $"{method} {path} {parameter.GetProperty("name").GetString()}";
                Assert.True(parameter.TryGetProperty("description", out _), where + " has no description");
                Assert.True(parameter.TryGetProperty("example", out _), where + " has no example");
            }
        }
    }

    [Fact]
    public async Task Changing_operations_require_the_key_and_document_their_errors()
    {
        var document = await app.CreateClient().GetOk("/openapi/v1.json");

        var ingest = document.GetProperty("paths").GetProperty("/api/ingest").GetProperty("post");
        Assert.True(ingest.TryGetProperty("security", out _));
        Assert.Equal(["200", "400", "401", "413", "415", "503"], ingest.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.True(ingest.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/api/documents/{id}").GetProperty("delete").TryGetProperty("security", out _));
        // Reads are open by default: their security lists the empty requirement (no key) first.
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("security");
        Assert.Equal(JsonValueKind.Object, search[0].ValueKind);
        Assert.Empty(search[0].EnumerateObject());
    }

    [Fact]
    public async Task The_reference_page_loads_nothing_from_outside()
    {
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/api-docs/");
        var script = await client.GetAsync("/api-docs/scalar.js");

        Assert.Contains("PolicyKB API", page);
        Assert.DoesNotMatch("(src|href)=\"https?://", page);
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    // "/api/clauses/{**id}" is "/api/clauses/{id}" in OpenAPI.
    private static string OpenApiPath(string route) => Regex.Replace(route, @"\{\*{1,2}", "{").TrimEnd('/') is { Length: > 0 } p ? p : "/";
}
