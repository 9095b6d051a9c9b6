using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Describes a multipart upload body as clients must send it: a form with a required field "files" holding one or
/// more files. The generator would otherwise describe the server-side IFormFileCollection type (its count, its
/// indexer), which no client can fill.
/// </summary>
public sealed class UploadBodyTransformer : IOpenApiOperationTransformer
{
    /// <summary>The form field the upload endpoint reads.</summary>
    public const string FieldName = "files";

    private const string Multipart = "multipart/form-data";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content?.TryGetValue(Multipart, out var media) != true || media is null) return Task.CompletedTask;
        if (media.Schema is not OpenApiSchemaReference { Reference.Id: "IFormFileCollection" }) return Task.CompletedTask;
        media.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(StringComparer.Ordinal) { FieldName },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                [FieldName] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MinItems = 1,
                    Description = "Một hoặc nhiều tệp .txt, .md, .docx, .pdf (mỗi tệp một phần của biểu mẫu, cùng tên trường).",
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                },
            },
        };
        media.Encoding = new Dictionary<string, OpenApiEncoding>(StringComparer.Ordinal)
        {
            [FieldName] = new OpenApiEncoding
            {
                ContentType = "text/plain, text/markdown, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/octet-stream",
            },
        };
        return Task.CompletedTask;
    }
}
