using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Describes the problems the API really sends (RFC 7807): every one carries a Vietnamese title and detail, the HTTP
/// status as an integer and the trace id to quote to an administrator. The generated schema of
/// <see cref="ProblemDetails"/> would make every field optional and leave the trace id out.
/// </summary>
public sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>Name of the problem schema in the document's components.</summary>
    public const string SchemaName = nameof(ProblemDetails);

    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails) && context.JsonTypeInfo.Type != typeof(HttpValidationProblemDetails)) return Task.CompletedTask;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schema.Properties["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Tóm tắt lỗi bằng tiếng Việt." };
        schema.Properties["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "Mã trạng thái HTTP." };
        schema.Properties["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Giải thích bằng tiếng Việt và việc cần làm." };
        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Mã lần gọi, để báo cho quản trị viên tra nhật ký." };
        schema.Required = new HashSet<string>(StringComparer.Ordinal) { "title", "status", "detail", "traceId" };
        return Task.CompletedTask;
    }
}
