using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Precedents;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis;

/// <summary>/api/similar: how other documents worded the same thing (the precedent finder).</summary>
public static class SimilarApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSimilarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/similar").WithTags("Tiền lệ").RequireApiKey(ApiAccess.Read);
        group.MapPost("/", FindByText)
            .WithName("FindSimilarByText")
            .WithSummary("Tìm tiền lệ cho một đoạn văn bản")
            .WithDescription("Dán một đoạn (đang soạn thảo) để xem các điều khoản được viết tương tự ở văn bản khác, xếp theo độ giống (similarity 0–1, " +
                "tính theo từ, từ hiếm nặng hơn, phần mẫu như \"Cơ quan chủ trì:\" hay dòng chữ ký không tính), kèm so sánh từng từ (diff: equal = giống nhau, " +
                "delete = chỉ có ở đoạn đã dán, insert = chỉ có ở điều khoản tìm được) và các cụm từ chung (shared). view = phrases khi độ giống dưới 0,5: " +
                "khi đó nên tô các cụm từ chung thay vì hiện diff.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithExamples(SimilarExamples.ByText);
        // Clause ids are "{documentId}/{labelPath}", so the id takes the rest of the path.
        group.MapGet("/{**clauseId}", FindByClause)
            .WithName("FindSimilarByClause")
            .WithSummary("Tìm tiền lệ cho một điều khoản")
            .WithDescription("Các điều khoản ở văn bản khác viết giống điều khoản đã cho (không lấy điều khoản của chính văn bản đó), " +
                "xếp theo độ giống, kèm so sánh từng từ hoặc các cụm từ chung (view = phrases khi độ giống dưới 0,5).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(SimilarExamples.ByClause);
        return app;
    }

    private static async Task<Results<Ok<SimilarResponse>, ProblemHttpResult>> FindByText(
        SimilarTextRequest request, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        if (ApiParameters.YearProblem(request.Year) is { } yearProblem) return yearProblem;
        if (ApiParameters.KindProblem(request.Kind) is { } kindProblem) return kindProblem;
        if (string.IsNullOrWhiteSpace(request.Text)) return ApiProblems.BadRequest("Hãy dán đoạn văn bản cần tìm cách viết tương tự (trường text).");
        var similar = new SimilarRequest
        {
            Text = request.Text,
            Top = request.Top,
            Filters = ApiParameters.Filters(request.Type, request.Issuer, request.Province, request.Year, request.Kind),
        };
        // SearchQueryException (text too long, top out of range) becomes a 400 in ApiExceptionHandler.
        return TypedResults.Ok(await kb.Similar.FindAsync(similar, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<SimilarResponse>, ProblemHttpResult>> FindByClause(
        [Description("Mã điều khoản, ví dụ ha-tinh-2021-thi-dua-nganh-y-te/IV.5.")] string? clauseId,
        KnowledgeBase kb,
        [Description("Chỉ lấy văn bản loại này.")] string? type,
        [Description("Chỉ lấy văn bản của cơ quan có các từ này.")] string? issuer,
        [Description("Chỉ lấy văn bản của tỉnh, thành phố này.")] string? province,
        [Range(ApiParameters.MinYear, ApiParameters.MaxYear), Description("Chỉ lấy văn bản ban hành năm này.")] int? year,
        [EnumValues<ClauseKind>, Description("Chỉ lấy điều khoản loại này (item, point, bullet…).")] string? kind,
        CancellationToken cancellationToken,
        [Range(1, ApiParameters.MaxPrecedents), Description("Số điều khoản muốn lấy (1–50).")] int top = 10)
    {
        var id = ApiParameters.PathValue(clauseId);
        if (id.Length == 0) return ApiProblems.BadRequest("Thiếu mã điều khoản. Dạng đúng: /api/similar/{mã văn bản}/{nhãn}.");
        if (ApiParameters.YearProblem(year) is { } yearProblem) return yearProblem;
        if (ApiParameters.KindProblem(kind) is { } kindProblem) return kindProblem;
        if (kb.Store.GetClause(id) is null)
        {
            return ApiProblems.NotFound("Không tìm thấy điều khoản", $"Không có điều khoản mã '{id}'. Mã có dạng {{mã văn bản}}/{{nhãn}}.");
        }
        var similar = new SimilarRequest { ClauseId = id, Top = top, Filters = ApiParameters.Filters(type, issuer, province, year, kind) };
        return TypedResults.Ok(await kb.Similar.FindAsync(similar, cancellationToken).ConfigureAwait(false));
    }
}
