using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>/api/documents/{id}/relations: the "Lược đồ" of one document.</summary>
public static class RelationsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRelationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/documents").WithTags("Văn bản").RequireApiKey(ApiAccess.Read)
            .MapGet("/{id}/relations", GetRelations)
            .WithName("GetDocumentRelations")
            .WithSummary("Lược đồ của một văn bản")
            .WithDescription("Các văn bản liên quan đến một văn bản, theo nhóm như các cơ sở dữ liệu pháp luật: căn cứ, văn bản được thực hiện, " +
                "được hướng dẫn, bị bãi bỏ, bị thay thế, được sửa đổi, được dẫn chiếu; và chiều ngược lại: các văn bản trong kho thực hiện, " +
                "hướng dẫn, bãi bỏ, thay thế, sửa đổi văn bản này. Mỗi văn bản xuất hiện một lần trong nhóm (gộp theo số hiệu), kèm các điều khoản " +
                "nêu quan hệ và đoạn trích quanh chỗ trích dẫn. Luôn có đủ mọi nhóm, theo thứ tự cố định; nhóm trống có danh sách rỗng.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(RelationExamples.Map);
        return app;
    }

    private static Results<Ok<RelationMap>, ProblemHttpResult> GetRelations(
        [Description("Mã văn bản, ví dụ ha-tinh-2024-cung-co-y-te-co-so.")] string id, RelationMapBuilder builder) =>
        builder.Build(id) is { } map ? TypedResults.Ok(map) : DocumentsApi.NotFound(id);
}
