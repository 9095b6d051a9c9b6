using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Copies <see cref="ApiExample"/> metadata into the operation.
/// </summary>
public sealed class ExampleOperationTransformer(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<ApiExample>().LastOrDefault() is { } example) Apply(operation, example);
        return Task.CompletedTask;
    }

    private void Apply(OpenApiOperation operation, ApiExample example)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && example.Parameters.TryGetValue(name, out var value)) parameter.Example = Typed(value, parameter.Schema);
        }
        if (example.Request is not null && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent.Values) media.Example = ToNode(example.Request);
        }
        foreach (var (status, body) in example.Responses)
        {
            if (operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) != true) continue;
            foreach (var media in response!.Content?.Values ?? []) media.Example = ToNode(body);
        }
    }

    // Examples are written as text; the document shows them with the parameter's own type (5, true, ["a"]).
    private static JsonNode Typed(string value, IOpenApiSchema? schema)
    {
        var type = schema?.Type ?? JsonSchemaType.String;
        if (type.HasFlag(JsonSchemaType.Array)) return new JsonArray(Typed(value, schema?.Items));
        if (type.HasFlag(JsonSchemaType.Integer) && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number)) return JsonValue.Create(number);
        if (type.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(value, out var flag)) return JsonValue.Create(flag);
        return JsonValue.Create(value);
    }

    private JsonNode? ToNode(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), json.Value.SerializerOptions);
}
