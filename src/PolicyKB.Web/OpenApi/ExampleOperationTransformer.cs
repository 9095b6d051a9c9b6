using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Copies <see cref="ApiExample"/> metadata into the operation, and marks operations behind
/// <see cref="ApiKeyFilter"/> with the API-key security requirement and their 401 answer.
/// </summary>
public sealed class ExampleOperationTransformer(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    /// <summary>Name of the security scheme in the document's components.</summary>
    public const string SchemeName = "ApiKey";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<ApiExample>().LastOrDefault() is { } example) Apply(operation, example);
        if (metadata.OfType<ApiAccess>().Contains(ApiAccess.Write))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }
        return Task.CompletedTask;
    }

    private void Apply(OpenApiOperation operation, ApiExample example)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && example.Parameters.TryGetValue(name, out var value)) parameter.Example = JsonValue.Create(value);
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

    private JsonNode? ToNode(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), json.Value.SerializerOptions);
}
