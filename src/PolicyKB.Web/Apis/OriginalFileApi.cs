using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using PolicyKB.Search;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis;

/// <summary>GET /api/documents/{id}/original: the file a document was read from, as it was received.</summary>
public static class OriginalFileApi
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapOriginalFileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}/original", GetOriginal)
            .RequireApiKey(ApiAccess.Read)
            .WithTags("Văn bản")
            .WithName("GetOriginalFile")
            .WithSummary("Tải tệp gốc của văn bản")
            .WithDescription("Tệp gốc (.txt, .md, .docx, .pdf) đúng như khi được nạp, với tên tệp ban đầu. Văn bản nạp trước khi PolicyKB " +
                "lưu tệp gốc thì không có tệp gốc (404).")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(OriginalFileExamples.Get);
        return app;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> GetOriginal([Description("Mã văn bản.")] string id, KnowledgeBase kb)
    {
        if (kb.Store.GetDocument(id) is null) return DocumentsApi.NotFound(id);
        if (kb.Store.GetOriginal(id) is not { } original)
        {
            return ApiProblems.NotFound("Không có tệp gốc",
                $"Văn bản '{id}' được nạp trước khi PolicyKB lưu tệp gốc. Hãy nạp lại tệp để có thể tải tệp gốc về.");
        }
        var type = ContentTypes.TryGetContentType(original.FileName, out var known) ? known : "application/octet-stream";
        return TypedResults.File(original.Content, type, original.FileName);
    }
}
