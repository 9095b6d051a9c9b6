using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Declares on every operation who may call it, as the running server enforces it (<see cref="ApiKeyFilter"/>):
/// write operations need the key; read operations need it only when <see cref="ApiOptions.RequireKeyForReads"/> is
/// set, and otherwise accept a call with or without it; operations outside the key check (health) are open. An
/// operation that can refuse a missing key declares its 401 answer.
/// </summary>
public sealed class AccessOperationTransformer(IOptions<ApiOptions> options) : IOpenApiOperationTransformer
{
    /// <summary>Name of the security scheme in the document's components.</summary>
    public const string SchemeName = "ApiKey";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var access = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiAccess>().ToList();
        var keyed = access.Contains(ApiAccess.Write) || (access.Contains(ApiAccess.Read) && options.Value.RequireKeyForReads);
        var key = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] };
        // An empty requirement means "no credentials": listed first, it makes the key optional rather than absent.
        operation.Security = keyed ? [key] : access.Count > 0 ? [new OpenApiSecurityRequirement(), key] : [new OpenApiSecurityRequirement()];
        if (keyed && operation.Responses is { } responses && !responses.ContainsKey("401"))
        {
            responses["401"] = new OpenApiResponse
            {
                Description = "Thiếu hoặc sai khoá API.",
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    ["application/problem+json"] = new()
                    {
                        Schema = new OpenApiSchemaReference(ProblemSchemaTransformer.SchemaName, context.Document),
                        Example = ProblemExampleTransformer.Example(StatusCodes.Status401Unauthorized),
                    },
                },
            };
        }
        return Task.CompletedTask;
    }
}
