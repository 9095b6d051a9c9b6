using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.Extensions.Options;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.OpenApi;

/// <summary>Title, description, contact, licence, server and the API-key security scheme of the OpenAPI document.</summary>
public sealed class DocumentInfoTransformer(IOptions<ApiOptions> options) : IOpenApiDocumentTransformer
{
    // The reference page lists the features in the order an official meets them; tags added later go last.
    private static readonly (string Name, string Description)[] TagOrder =
    [
        ("Tìm kiếm", "Tìm điều khoản theo từ khoá, ngữ nghĩa hoặc kết hợp."),
        ("Văn bản", "Danh sách văn bản, chi tiết một văn bản, xoá văn bản."),
        ("Điều khoản", "Một điều khoản với các cấp cha, điều khoản con và trích dẫn."),
        ("Trích dẫn", "Văn bản được trích dẫn, nơi trích dẫn và đồ thị trích dẫn."),
        ("Tiền lệ", "Điều khoản tương tự ở văn bản khác, đánh dấu chỗ khác nhau."),
        ("Dữ kiện", "Nhiệm vụ, chỉ tiêu, quan hệ và hiệu lực đọc được từ văn bản."),
        ("Hỏi đáp", "Hỏi bằng tiếng Việt, trả lời có trích dẫn điều khoản."),
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
            Contact = Contact(options.Value),
            License = License(options.Value),
        };
        // The generator writes the absolute address the request reached, ending in '/' (so a client joining it to a path
        // sends "//api/..."), and behind a reverse proxy that address is the proxy's inside one. A relative URL, resolved
        // against wherever the client fetched this document, is right in both cases: "/" or the path base ("/policykb").
        foreach (var server in document.Servers ?? [])
        {
            server.Url = RelativeServerUrl(server.Url);
        }
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[AccessOperationTransformer.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiOptions.KeyHeader,
            Description = "Khoá quản trị (PolicyKB:Api:ApiKey). Bắt buộc khi nạp hoặc xoá văn bản; khi PolicyKB:Api:RequireKeyForReads = true thì bắt buộc cho mọi API.",
        };
        // UploadBodyTransformer describes the upload form instead; the server-side type's schema is then unused.
        // (The collection's item type, IFormFile, goes with it.)
        if (document.Components.Schemas?.ContainsKey("IFormFileCollection") == true && !ReferencesFormFiles(document))
        {
            document.Components.Schemas.Remove("IFormFileCollection");
            document.Components.Schemas.Remove("IFormFile");
        }
        OrderTags(document);
        return Task.CompletedTask;
    }

    private static OpenApiContact Contact(ApiOptions api) => new()
    {
        Name = api.ContactName,
        Email = string.IsNullOrWhiteSpace(api.ContactEmail) ? null : api.ContactEmail,
        Url = Uri.TryCreate(api.ContactUrl, UriKind.Absolute, out var url) ? url : null,
    };

    private static string RelativeServerUrl(string? url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url ?? "/";
        path = path.TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }

    // OpenAPI allows a licence URL or an SPDX identifier, not both; a configured URL wins.
    private static OpenApiLicense License(ApiOptions api) => Uri.TryCreate(api.LicenseUrl, UriKind.Absolute, out var url)
        ? new OpenApiLicense { Name = api.LicenseName, Url = url }
        : new OpenApiLicense { Name = api.LicenseName, Identifier = api.LicenseIdentifier };

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
