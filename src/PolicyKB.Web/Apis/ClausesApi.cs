using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>/api/clauses: one clause in its context.</summary>
public static class ClausesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapClausesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/clauses").WithTags("Điều khoản").RequireApiKey(ApiAccess.Read);
        // Clause ids are "{documentId}/{labelPath}", so the id takes the rest of the path.
        group.MapGet("/{**id}", GetClause)
            .WithName("GetClause")
            .WithSummary("Một điều khoản")
            .WithDescription("Điều khoản theo mã \"{mã văn bản}/{đường dẫn nhãn}\" (ví dụ ha-tinh-2024-cung-co-y-te-co-so/III.2.b), kèm " +
                "đường dẫn các cấp cha (breadcrumb), các điều khoản con, điều khoản liền trước/liền sau và các trích dẫn trong điều khoản.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(ClauseExamples.Get);
        return app;
    }

    private static Results<Ok<ClauseDetail>, ProblemHttpResult> GetClause(
        [Description("Mã điều khoản, ví dụ ha-tinh-2024-cung-co-y-te-co-so/III.2.b.")] string? id, DocumentCatalog catalog)
    {
        var clauseId = ApiParameters.PathValue(id);
        if (clauseId.Length == 0) return ApiProblems.BadRequest("Thiếu mã điều khoản. Dạng đúng: /api/clauses/{mã văn bản}/{nhãn}, ví dụ /api/clauses/" + SampleData.ClauseId + ".");
        return catalog.Clause(clauseId) is { } detail
            ? TypedResults.Ok(detail)
            : ApiProblems.NotFound("Không tìm thấy điều khoản",
                $"Không có điều khoản mã '{clauseId}'. Mã có dạng {{mã văn bản}}/{{nhãn}}; xem mục lục của văn bản tại /api/documents/{{mã văn bản}}.");
    }
}
