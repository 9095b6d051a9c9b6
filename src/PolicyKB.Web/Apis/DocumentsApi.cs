using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Search;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>/api/documents: the stored documents, one document's page data, and removal.</summary>
public static class DocumentsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Văn bản").RequireApiKey(ApiAccess.Read);
        group.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("Danh sách văn bản")
            .WithDescription("Các văn bản trong kho, mới nhất trước, lọc theo loại, cơ quan ban hành, tỉnh/thành, năm và từ trong trích yếu, số hiệu, cơ quan ban hành " +
                "(không phân biệt hoa thường, có dấu hay không dấu); có phân trang. Kèm số đếm theo loại, cơ quan, tỉnh, năm trên toàn kho.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithExamples(DocumentExamples.List);
        group.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Chi tiết một văn bản")
            .WithDescription("Thông tin văn bản (số hiệu, cơ quan, ngày, người ký), căn cứ pháp lý, mục lục dạng cây, toàn bộ điều khoản, " +
                "các trích dẫn và các văn bản cùng thực hiện (cùng trích dẫn một văn bản cấp trên).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(DocumentExamples.Get);
        group.MapDelete("/{id}", DeleteDocument)
            .RequireApiKey(ApiAccess.Write)
            .WithName("DeleteDocument")
            .WithSummary("Xoá một văn bản")
            .WithDescription("Xoá văn bản cùng điều khoản, trích dẫn và chỉ mục tìm kiếm của nó. Cần khoá quản trị (X-Api-Key).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(DocumentExamples.Delete);
        return app;
    }

    private static Results<Ok<DocumentPage>, ProblemHttpResult> ListDocuments(
        DocumentCatalog catalog,
        [Description("Loại văn bản, ví dụ \"Kế hoạch\".")] string? type = null,
        [Description("Cơ quan ban hành (chứa các từ này), ví dụ \"Sở Y tế\".")] string? issuer = null,
        [Description("Tỉnh, thành phố, ví dụ \"Hà Tĩnh\".")] string? province = null,
        [Range(ApiParameters.MinYear, ApiParameters.MaxYear), Description("Năm ban hành.")] int? year = null,
        [Description("Các từ phải có trong trích yếu, số hiệu hoặc cơ quan ban hành; gõ không dấu thì khớp mọi cách viết, gõ có dấu thì khớp đúng dấu.")] string? q = null,
        [Range(1, int.MaxValue), Description("Trang, từ 1.")] int page = 1,
        [Range(1, DocumentCatalog.MaxPageSize), Description("Số văn bản mỗi trang (1–100).")] int pageSize = 20)
    {
        if (page < 1) return ApiProblems.BadRequest("Số trang (page) phải từ 1 trở lên.");
        if (pageSize is < 1 or > DocumentCatalog.MaxPageSize) return ApiProblems.BadRequest($"Số văn bản mỗi trang (pageSize) phải từ 1 đến {DocumentCatalog.MaxPageSize}.");
        if (ApiParameters.YearProblem(year) is { } yearProblem) return yearProblem;
        if (ApiParameters.QueryLengthProblem(q, "q") is { } queryProblem) return queryProblem;
        return TypedResults.Ok(catalog.List(ApiParameters.Filters(type, issuer, province, year), q, page, pageSize));
    }

    private static Results<Ok<DocumentDetail>, ProblemHttpResult> GetDocument([Description("Mã văn bản.")] string id, DocumentCatalog catalog) =>
        catalog.Detail(id) is { } detail ? TypedResults.Ok(detail) : NotFound(id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        [Description("Mã văn bản.")] string id, KnowledgeBase kb, WriteGate gate, CancellationToken cancellationToken)
    {
        var removed = await gate.RunAsync(() => kb.Store.GetDocument(id) is not null && kb.Remove(id), cancellationToken).ConfigureAwait(false);
        return removed ? TypedResults.NoContent() : NotFound(id);
    }

    /// <summary>The 404 for an unknown document id.</summary>
    internal static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound(
        "Không tìm thấy văn bản", $"Không có văn bản mã '{id}' trong kho. Xem danh sách văn bản tại /api/documents hoặc trang Văn bản.");
}
