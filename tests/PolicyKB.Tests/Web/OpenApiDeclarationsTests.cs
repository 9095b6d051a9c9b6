using System.Text.Json;

namespace PolicyKB.Tests.Web;

/// <summary>
/// The OpenAPI document declares the rules the endpoints enforce (issue #16 item 9): required inputs, limits, closed
/// value sets, integer types, the problem shape, the stream's events, who may call what, the server, licence and contact.
/// </summary>
public sealed class OpenApiDeclarationsTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task Required_inputs_are_declared_required()
    {
        var document = await Document();

        Assert.True(Parameter(document, "/api/search", "get", "q").GetProperty("required").GetBoolean());
        Assert.Contains("text", Required(Schema(document, "SimilarTextRequest")));
        Assert.Contains("question", Required(Schema(document, "AskBody")));
        Assert.Equal("string", Schema(document, "AskBody").GetProperty("properties").GetProperty("question").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/api/documents", "page", 1, null)]
    [InlineData("/api/documents", "pageSize", 1, 100)]
    [InlineData("/api/search", "top", 1, 100)]
    [InlineData("/api/search", "offset", 0, null)]
    [InlineData("/api/search", "year", 1945, 2100)]
    public async Task Enforced_limits_are_declared_as_minimum_and_maximum(string path, string name, int minimum, int? maximum)
    {
        var schema = Parameter(await Document(), path, "get", name).GetProperty("schema");

        Assert.Equal(minimum, schema.GetProperty("minimum").GetInt32());
        if (maximum is not null) Assert.Equal(maximum, schema.GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task No_number_is_declared_as_integer_or_string()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.DoesNotContain("\"pattern\": \"^-?(?:0|[1-9]\\\\d*)$\"", json, StringComparison.Ordinal);
        var mixed = Descendants(JsonDocument.Parse(json).RootElement)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Array
                && TypeNames(t).Any(v => v is "integer" or "number") && TypeNames(t).Contains("string"))
            .ToList();
        Assert.Empty(mixed);
    }

    [Theory]
    [InlineData("SearchResult", "mode", "hybrid")]
    [InlineData("AnswerResult", "mode", "extractive")]
    [InlineData("SearchHit", "kind", "section")]
    [InlineData("IngestFileResult", "status", "unchanged")]
    [InlineData("EffectStatus", "status", "in-force")]
    public async Task Closed_value_sets_of_responses_are_enums(string schemaName, string property, string oneValue)
    {
        var values = Schema(await Document(), schemaName).GetProperty("properties").GetProperty(property).GetProperty("enum");

        Assert.Contains(oneValue, values.EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task The_search_mode_and_clause_kind_parameters_are_enums()
    {
        var document = await Document();

        Assert.Equal(["hybrid", "keyword", "semantic"], Parameter(document, "/api/search", "get", "mode").GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).Order());
        Assert.Contains("point", Parameter(document, "/api/search", "get", "kind").GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task A_problem_requires_title_status_detail_and_trace_id()
    {
        var problem = Schema(await Document(), "ProblemDetails");

        Assert.Equal(["detail", "status", "title", "traceId"], Required(problem).Order());
        Assert.Equal("integer", problem.GetProperty("properties").GetProperty("status").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_answer_stream_declares_each_event_with_its_data()
    {
        var document = await Document();

        var schema = document.GetProperty("paths").GetProperty("/api/ask/stream").GetProperty("post").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("text/event-stream").GetProperty("schema");
        var events = schema.GetProperty("oneOf").EnumerateArray()
            .Select(v => (Event: v.GetProperty("properties").GetProperty("event").GetProperty("const").GetString(), Data: v.GetProperty("properties").GetProperty("data").GetProperty("$ref").GetString()))
            .ToList();
        Assert.Equal([("sources", "#/components/schemas/AnswerSourcesData"), ("delta", "#/components/schemas/AnswerDeltaData"),
            ("verification", "#/components/schemas/VerificationReport"), ("done", "#/components/schemas/AnswerResult")], events);
    }

    [Fact]
    public async Task Write_operations_need_the_key_and_read_operations_accept_a_call_without_it()
    {
        var document = await Document();

        var ingest = document.GetProperty("paths").GetProperty("/api/ingest").GetProperty("post").GetProperty("security");
        Assert.Equal(["ApiKey"], ingest.EnumerateArray().Select(r => string.Join(",", r.EnumerateObject().Select(p => p.Name))));
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("security");
        Assert.Equal(["", "ApiKey"], search.EnumerateArray().Select(r => string.Join(",", r.EnumerateObject().Select(p => p.Name))));
        Assert.Equal("apiKey", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_server_is_relative_and_the_document_names_a_contact_and_a_licence()
    {
        var document = await Document();

        Assert.Equal("/", document.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("info").GetProperty("contact").GetProperty("name").GetString()));
        var licence = document.GetProperty("info").GetProperty("license");
        Assert.False(string.IsNullOrWhiteSpace(licence.GetProperty("name").GetString()));
        Assert.True(licence.TryGetProperty("identifier", out _) || licence.TryGetProperty("url", out _));
    }

    private async Task<JsonElement> Document() => await app.CreateClient().GetOk("/openapi/v1.json");

    private static JsonElement Schema(JsonElement document, string name) => document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static IEnumerable<string?> Required(JsonElement schema) => schema.GetProperty("required").EnumerateArray().Select(r => r.GetString());

    private static JsonElement Parameter(JsonElement document, string path, string method, string name) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name);

    private static IEnumerable<string?> TypeNames(JsonElement types) =>
        types.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString());

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants)) yield return child;
    }
}
