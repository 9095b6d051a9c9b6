using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Describes a text/event-stream response as the events really travel: each message is an <c>event:</c> line naming
/// the kind and a <c>data:</c> line holding one JSON object whose shape depends on that kind. The schema is a
/// <c>oneOf</c> of {event, data} pairs, one per kind, so a client (or a test) can check every message it reads.
/// </summary>
public sealed class ServerSentEventsTransformer : IOpenApiOperationTransformer
{
    private const string EventStream = "text/event-stream";

    /// <inheritdoc />
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ServerSentEvents>().LastOrDefault() is not { } events) return;
        var variants = new List<IOpenApiSchema>();
        foreach (var (name, type) in events.Payloads)
        {
            var schemaName = type.Name;
            var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken).ConfigureAwait(false);
            context.Document?.AddComponent(schemaName, schema);
            variants.Add(new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(StringComparer.Ordinal) { "event", "data" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["event"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = name, Description = "Tên sự kiện (dòng event:)." },
                    ["data"] = new OpenApiSchemaReference(schemaName, context.Document),
                },
            });
        }
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = events.Description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [EventStream] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Description = "Một thông điệp của luồng: \"event: {event}\\ndata: {data dạng JSON}\\n\\n\".",
                        OneOf = variants,
                    },
                    Example = events.Example,
                },
            },
        };
    }
}
