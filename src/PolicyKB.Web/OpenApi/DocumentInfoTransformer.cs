using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.OpenApi;

/// <summary>Title, description and the API-key security scheme of the OpenAPI document.</summary>
public sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    // The reference page lists the features in the order an official meets them; tags added later go last.
    private static readonly (string Name, string Description)[] TagOrder =
    [
        ("Tìm kiếm", "Tìm điều khoản theo từ khoá, ngữ nghĩa hoặc kết hợp."),
        ("Văn bản", "Danh sách văn bản, chi tiết một văn bản, xoá văn bản."),
        ("Điều khoản", "Một điều khoản với các cấp cha, điều khoản con và trích dẫn."),
        ("Trích dẫn", "Văn bản được trích dẫn, nơi trích dẫn và đồ thị trích dẫn."),
        ("Tiền lệ", "Điều khoản tương tự ở văn bản khác, đánh dấu chỗ khác nhau."),
        ("Quản trị", "Nạp văn bản (cần khoá quản trị)."),
        ("Hệ thống", "Tình trạng hệ thống."),
    ];

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "PolicyKB API",
            Version = "v1",
            Description =
                "API của PolicyKB — kho tri thức văn bản chính sách. Tra cứu văn bản, điều khoản, trích dẫn; tìm kiếm " +
                "(từ khoá, ngữ nghĩa, kết hợp); tìm điều khoản tương tự ở kế hoạch khác; nạp và xoá văn bản.\n\n" +
                $"Các thao tác thay đổi dữ liệu cần khoá quản trị trong tiêu đề `{ApiOptions.KeyHeader}`. " +
                "Lỗi trả về theo RFC 7807 (application/problem+json) với thông báo tiếng Việt.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ExampleOperationTransformer.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiOptions.KeyHeader,
            Description = "Khoá quản trị (PolicyKB:Api:ApiKey). Bắt buộc khi nạp hoặc xoá văn bản; khi PolicyKB:Api:RequireKeyForReads = true thì bắt buộc cho mọi API.",
        };
        // UploadBodyTransformer describes the upload form instead; the server-side type's schema is then unused.
        if (document.Components.Schemas?.ContainsKey("IFormFileCollection") == true && !ReferencesFormFiles(document))
        {
            document.Components.Schemas.Remove("IFormFileCollection");
        }
        OrderTags(document);
        return Task.CompletedTask;
    }

    private static bool ReferencesFormFiles(OpenApiDocument document) =>
        (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).Any(o =>
            o.RequestBody?.Content?.Values.Any(m => m.Schema is OpenApiSchemaReference { Reference.Id: "IFormFileCollection" }) == true);

    private static void OrderTags(OpenApiDocument document)
    {
        if (document.Tags is null) return;
        var rank = TagOrder.Select((t, i) => (t.Name, i)).ToDictionary(t => t.Name, t => t.i, StringComparer.Ordinal);
        var ordered = document.Tags.OrderBy(t => rank.GetValueOrDefault(t.Name ?? "", int.MaxValue)).ToList();
        foreach (var tag in ordered)
        {
            tag.Description ??= TagOrder.FirstOrDefault(t => t.Name == tag.Name).Description;
        }
        document.Tags = new HashSet<OpenApiTag>(ordered);
    }
}
