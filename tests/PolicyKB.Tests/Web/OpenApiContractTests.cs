using System.Text.Json;

namespace PolicyKB.Tests.Web;

/// <summary>The OpenAPI document shows what errors look like and how to send an upload.</summary>
public sealed class OpenApiContractTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task Every_error_response_has_a_Vietnamese_problem_example()
    {
        var document = await app.CreateClient().GetOk("/openapi/v1.json");

        var errors = Operations(document)
            .SelectMany(o => o.Operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5').Select(r => (o.Name, Response: r)))
            .ToList();
        Assert.True(errors.Count > 10, $"only {errors.Count} error responses declared");
        foreach (var (name, response) in errors)
        {
            // Problems only: /api/health answers 503 with its own report, which has its own example.
            foreach (var media in response.Value.GetProperty("content").EnumerateObject().Where(m => m.Name == "application/problem+json"))
            {
                Assert.True(media.Value.TryGetProperty("example", out var example), $"{name} {response.Name} {media.Name} has no example");
                Assert.Equal(int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), example.GetProperty("status").GetInt32());
                Assert.False(string.IsNullOrWhiteSpace(example.GetProperty("detail").GetString()));
                Assert.True(example.TryGetProperty("traceId", out _), $"{name} {response.Name}: no traceId in the example");
            }
        }
    }

    [Fact]
    public async Task The_upload_body_is_a_form_with_a_required_files_field_of_binary_files()
    {
        var document = await app.CreateClient().GetOk("/openapi/v1.json");

        var media = document.GetProperty("paths").GetProperty("/api/ingest").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data");
        var schema = media.GetProperty("schema");
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.Equal(["files"], schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        var files = schema.GetProperty("properties").GetProperty("files");
        Assert.Equal("array", files.GetProperty("type").GetString());
        Assert.Equal("binary", files.GetProperty("items").GetProperty("format").GetString());
        Assert.False(document.GetProperty("components").GetProperty("schemas").TryGetProperty("IFormFileCollection", out _));
    }

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => ($"{o.Name.ToUpperInvariant()} {p.Name}", o.Value)));
}
