using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PolicyKB.Tests.Web;

/// <summary>
/// Live answers conform to the schemas the OpenAPI document declares: every GET endpoint, the main POSTs, the answer
/// stream event by event, and the problems of error answers, validated with JsonSchema.Net.
/// </summary>
public sealed class ResponseValidationTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    // Operations whose answer is a file, not JSON; their content type is checked instead.
    private static readonly HashSet<string> FileOperations = ["/api/documents/{id}/original", "/api/tasks/export.xlsx", "/api/targets/export.xlsx"];

    [Fact]
    public async Task Every_GET_endpoint_answers_as_its_schema_declares()
    {
        var (client, validator) = await Start();
        var paths = (await client.GetOk("/openapi/v1.json")).GetProperty("paths");
        var failures = new List<string>();

        foreach (var (template, url) in await GetRequests(client))
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                // An answer without a body is right only where the operation declares it.
                if (!paths.GetProperty(template).GetProperty("get").GetProperty("responses").TryGetProperty("204", out _)) failures.Add($"GET {url}: 204 is not declared");
                continue;
            }
            if (FileOperations.Contains(template))
            {
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType is null or "application/json")
                {
                    failures.Add($"GET {url}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                }
                continue;
            }
            failures.AddRange(await Check(validator, template, "get", response, url));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_GET_operation_of_the_document_is_among_those_validated()
    {
        var (client, _) = await Start();
        var document = await client.GetOk("/openapi/v1.json");

        var declared = document.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name).Order();
        var validated = (await GetRequests(client)).Select(r => r.Template).Distinct().Order();

        Assert.Equal(declared, validated);
    }

    [Fact]
    public async Task The_main_POSTs_answer_as_their_schemas_declare()
    {
        var (client, validator) = await Start();
        var clauseText = (await client.GetOk($"/api/clauses/{await ClauseId(client)}")).GetProperty("clause").GetProperty("text").GetString();
        var failures = new List<string>();

        using (var similar = await client.PostAsJsonAsync("/api/similar", new { text = clauseText, top = 3 }))
            failures.AddRange(await Check(validator, "/api/similar", "post", similar, "POST /api/similar"));
        using (var ask = await client.PostAsJsonAsync("/api/ask", new { question = "Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh?", offline = true }))
            failures.AddRange(await Check(validator, "/api/ask", "post", ask, "POST /api/ask"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_event_of_the_answer_stream_matches_the_declared_event_schema()
    {
        var (client, validator) = await Start();

        using var response = await client.PostAsJsonAsync("/api/ask/stream", new { question = "Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh?", offline = true });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = validator.SchemaOf("/api/ask/stream", "post", 200, "text/event-stream")!.Value;
        var events = ServerSentEvents(text);
        Assert.Equal("sources", events[0].GetProperty("event").GetString());
        Assert.Equal("done", events[^1].GetProperty("event").GetString());
        var failures = events.SelectMany((e, i) => validator.Validate(schema, e).Select(f => $"event {i} ({e.GetProperty("event")}): {f}")).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/api/documents/{id}", "/api/documents/khong-co", 404)]
    [InlineData("/api/search", "/api/search?q=", 400)]
    [InlineData("/api/documents", "/api/documents?page=0", 400)]
    [InlineData("/api/search", "/api/search?q=y+t%E1%BA%BF&top=500", 400)]
    public async Task Error_answers_are_problems_as_declared(string template, string url, int status)
    {
        var (client, validator) = await Start();

        using var response = await client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        var failures = await Check(validator, template, "get", response, url);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_validation_rejects_an_answer_that_breaks_the_declared_schema()
    {
        var (client, validator) = await Start();
        var health = await client.GetStringAsync("/api/health");
        var schema = validator.SchemaOf("/api/health", "get", 200, "application/json")!.Value;

        var unknownStatus = validator.Validate(schema, JsonDocument.Parse(health.Replace("\"status\":\"ok\"", "\"status\":\"fine\"", StringComparison.Ordinal)).RootElement);
        var countAsText = validator.Validate(schema, JsonDocument.Parse(System.Text.RegularExpressions.Regex.Replace(health, "\"documents\":(\\d+)", "\"documents\":\"$1\"")).RootElement);
        var missingField = validator.Validate(schema, JsonDocument.Parse("""{"status":"ok"}""").RootElement);

        Assert.Empty(validator.Validate(schema, JsonDocument.Parse(health).RootElement));
        Assert.NotEmpty(unknownStatus);
        Assert.NotEmpty(countAsText);
        Assert.NotEmpty(missingField);
    }

    private async Task<(HttpClient Client, OpenApiResponseValidator Validator)> Start()
    {
        var client = app.CreateClient();
        return (client, new OpenApiResponseValidator(await client.GetOk("/openapi/v1.json")));
    }

    // Validates one answer against the schema declared for its status and media type; a missing declaration is a failure.
    private static async Task<List<string>> Check(OpenApiResponseValidator validator, string template, string method, HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var body = await response.Content.ReadAsStringAsync();
        if (validator.SchemaOf(template, method, status, mediaType) is not { } schema) return [$"{what}: {status} {mediaType} is not declared"];
        return validator.Validate(schema, JsonDocument.Parse(body).RootElement).Select(f => $"{what}: {f}").ToList();
    }

    // One real request per GET operation of the document, with ids taken from the stored content.
    private static async Task<List<(string Template, string Url)>> GetRequests(HttpClient client)
    {
        var documentId = "son-duong-2021-cong-tac-y-te-huyen";
        var clauseId = await ClauseId(client);
        var key = (await client.GetOk("/api/citations"))[0].GetProperty("key").GetString()!;
        var escapedKey = Uri.EscapeDataString(key);
        return
        [
            ("/api/health", "/api/health"),
            ("/api/health/ready", "/api/health/ready"),
            ("/api/documents", "/api/documents?pageSize=3"),
            ("/api/documents/{id}", $"/api/documents/{documentId}"),
            ("/api/documents/{id}/original", $"/api/documents/{documentId}/original"),
            ("/api/documents/{id}/metadata/history", $"/api/documents/{documentId}/metadata/history"),
            ("/api/documents/{id}/facts", $"/api/documents/{documentId}/facts"),
            ("/api/documents/{id}/relations", $"/api/documents/{documentId}/relations"),
            ("/api/clauses/{id}", $"/api/clauses/{clauseId}"),
            ("/api/citations", "/api/citations"),
            ("/api/citations/graph", "/api/citations/graph"),
            ("/api/citations/graph", $"/api/citations/graph?documentId={documentId}"),
            ("/api/citations/{key}", $"/api/citations/{escapedKey}"),
            ("/api/tasks", "/api/tasks"),
            ("/api/tasks/export.xlsx", "/api/tasks/export.xlsx"),
            ("/api/tasks/agencies", "/api/tasks/agencies"),
            ("/api/targets", "/api/targets"),
            ("/api/targets/export.xlsx", "/api/targets/export.xlsx"),
            ("/api/targets/indicators", "/api/targets/indicators"),
            ("/api/statuses", $"/api/statuses?key={escapedKey}"),
            ("/api/status/{key}", $"/api/status/{escapedKey}"),
            ("/api/search", "/api/search?q=gi%C6%B0%E1%BB%9Dng+b%E1%BB%87nh&top=5"),
            ("/api/search", "/api/search?q=zzkhongcotu"),
            ("/api/similar/{clauseId}", $"/api/similar/{clauseId}?top=3"),
            ("/api/ingest/progress/{uploadId}", "/api/ingest/progress/no-scan-being-read"),
        ];
    }

    private static async Task<string> ClauseId(HttpClient client) =>
        (await client.GetOk("/api/documents/son-duong-2021-cong-tac-y-te-huyen")).GetProperty("clauses")[3].GetProperty("id").GetString()!;

    // "event: x\ndata: {...}\n\n" messages as {event, data} objects, the shape the document's event schema describes.
    private static List<JsonElement> ServerSentEvents(string stream) =>
        stream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(message =>
        {
            var lines = message.Split('\n');
            var name = lines.First(l => l.StartsWith("event:", StringComparison.Ordinal))[6..].Trim();
            var data = string.Join("\n", lines.Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l[5..].Trim()));
            return JsonDocument.Parse($$"""{"event":{{JsonSerializer.Serialize(name)}},"data":{{data}}}""").RootElement;
        }).ToList();
}
