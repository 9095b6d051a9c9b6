using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Turns the closed value sets of <see cref="ClosedValueSets"/> into <c>enum</c>s of the response schemas, where the
/// generator only sees a string and the allowed values live in prose.
/// </summary>
public sealed class ClosedValueSetTransformer : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null) return Task.CompletedTask;
        foreach (var (name, property) in schema.Properties)
        {
            if (property is not OpenApiSchema target) continue;
            if (!ClosedValueSets.ByProperty.TryGetValue((context.JsonTypeInfo.Type, name), out var values)) continue;
            // A nullable property keeps null among its values.
            var nullable = target.Type?.HasFlag(JsonSchemaType.Null) == true;
            target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)), .. nullable ? [JsonNullSentinel.JsonNull] : Array.Empty<JsonNode>()];
        }
        return Task.CompletedTask;
    }
}
