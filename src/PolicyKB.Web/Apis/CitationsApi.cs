using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Storage;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>/api/citations: cited documents, who cites them, and the citation graph.</summary>
public static class CitationsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCitationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/citations").WithTags("Trích dẫn").RequireApiKey(ApiAccess.Read);
        group.MapGet("/", ListCitedKeys)
            .WithName("ListCitedKeys")
            .WithSummary("Các văn bản được trích dẫn")
            .WithDescription("Mọi văn bản được trích dẫn (theo khoá chuẩn hoá, ví dụ 281/QĐ-TTg, Luật Dược) với số văn bản và số điều khoản trích dẫn, " +
                "nhiều nhất trước; lọc theo văn bản trích dẫn bằng documentId.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(CitationExamples.List);
        // A literal segment outranks the catch-all below, so "graph" is never read as a key.
        group.MapGet("/graph", GetCitationGraph)
            .WithName("GetCitationGraph")
            .WithSummary("Đồ thị trích dẫn")
            .WithDescription("Nút là các văn bản trong kho và các văn bản được trích dẫn (kèm cấp ban hành: trung-uong, bo-nganh, dia-phuong, khac); " +
                "cạnh nối văn bản trích dẫn tới văn bản được trích dẫn, có số điều khoản và cờ căn cứ pháp lý. Có documentId thì chỉ lấy quanh văn bản đó.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(CitationExamples.Graph);
        // Keys contain "/" ("281/QĐ-TTg", "25-CT/TW"), so the key takes the rest of the path; "%2F" is accepted too.
        group.MapGet("/{**key}", GetCitation)
            .WithName("GetCitation")
            .WithSummary("Một văn bản được trích dẫn và nơi trích dẫn")
            .WithDescription("Văn bản được trích dẫn theo khoá, viết thẳng vào đường dẫn (/api/citations/281/QĐ-TTg) hoặc mã hoá dấu / thành %2F: " +
                "thông tin của văn bản (cả văn bản trong kho nếu có) và mọi điều khoản trích dẫn nó, nhóm theo văn bản — " +
                "tức là \"những kế hoạch nào thực hiện văn bản này\".")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(CitationExamples.Get);
        return app;
    }

    private static Results<Ok<IReadOnlyList<CitedKey>>, ProblemHttpResult> ListCitedKeys(
        CitationCatalog citations, IDocumentStore store, [Description("Chỉ lấy trích dẫn của văn bản này.")] string? documentId = null)
    {
        var id = ApiParameters.Blank(documentId);
        if (id is not null && store.GetDocument(id) is null) return DocumentsApi.NotFound(id);
        return TypedResults.Ok(citations.Keys(id));
    }

    private static Results<Ok<CitationGraph>, ProblemHttpResult> GetCitationGraph(
        CitationCatalog citations, [Description("Chỉ lấy đồ thị quanh văn bản này.")] string? documentId = null)
    {
        var id = ApiParameters.Blank(documentId);
        return citations.Graph(id) is { } graph ? TypedResults.Ok(graph) : DocumentsApi.NotFound(id!);
    }

    private static Results<Ok<CitationDetail>, ProblemHttpResult> GetCitation(
        [Description("Khoá trích dẫn, ví dụ 281/QĐ-TTg, 25-CT/TW, Luật Dược.")] string? key, CitationCatalog citations)
    {
        var value = ApiParameters.PathValue(key);
        if (value.Length == 0) return ApiProblems.BadRequest("Thiếu khoá trích dẫn. Ví dụ: /api/citations/281/QĐ-TTg.");
        return citations.Detail(value) is { } detail
            ? TypedResults.Ok(detail)
            : ApiProblems.NotFound("Không tìm thấy trích dẫn",
                $"Không văn bản nào trong kho trích dẫn '{value}'. Khoá phải viết như số hiệu chuẩn (ví dụ 281/QĐ-TTg); xem danh sách tại /api/citations.");
    }
}
