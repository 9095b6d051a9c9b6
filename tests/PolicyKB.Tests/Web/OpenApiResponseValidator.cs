using System.Text.Json;
using Json.Schema;

namespace PolicyKB.Tests.Web;

/// <summary>
/// Checks JSON bodies against the schemas an OpenAPI 3.1 document declares for an operation's response, with
/// JsonSchema.Net (OpenAPI 3.1 schemas are JSON Schema 2020-12). Each response schema is evaluated on its own with the
/// document's component schemas as its <c>$defs</c>.
/// </summary>
public sealed class OpenApiResponseValidator(JsonElement document)
{
    private readonly string _definitions = document.GetProperty("components").GetProperty("schemas").GetRawText();

    /// <summary>The declared response schema of an operation, or null when none is declared.</summary>
    public JsonElement? SchemaOf(string path, string method, int status, string mediaType)
    {
        if (!document.GetProperty("paths").TryGetProperty(path, out var item)) return null;
        if (!item.TryGetProperty(method.ToLowerInvariant(), out var operation)) return null;
        if (!operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)) return null;
        if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media)) return null;
        return media.TryGetProperty("schema", out var schema) ? schema : null;
    }

    /// <summary>Where <paramref name="body"/> breaks the schema, one line per failure; empty when it conforms.</summary>
    public IReadOnlyList<string> Validate(JsonElement schema, JsonElement body)
    {
        // Component references point into the OpenAPI document; inside the standalone schema they point to $defs.
        var text = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{{_definitions}},"allOf":[{{schema.GetRawText()}}]}"""
            .Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var built = JsonSchema.FromText(text, options, new Uri($"https://policykb.test/{Guid.NewGuid():N}.json"));
        var results = built.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .Distinct()
            .Take(20)
            .ToList();
    }
}
