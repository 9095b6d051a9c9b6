using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Contracts;
using PolicyKB.Search;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Models;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>/api/documents/{id}/metadata: correcting a document's metadata, and the audit trail of corrections.</summary>
public static class MetadataApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapMetadataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents/{id}/metadata").WithTags("Văn bản").RequireApiKey(ApiAccess.Read);
        group.MapPatch("/", Correct)
            .RequireApiKey(ApiAccess.Write)
            .WithName("CorrectDocumentMetadata")
            .WithSummary("Sửa thông tin văn bản")
            .WithDescription("Sửa loại, số hiệu, cơ quan ban hành, ngày ban hành, trích yếu, người ký khi máy đọc sai hoặc văn bản không in. " +
                "Trường không gửi thì giữ nguyên; gửi chuỗi rỗng thì xoá. Mỗi thay đổi được lưu vào lịch sử (người sửa, thời điểm, giá trị cũ, mới) " +
                "và được áp dụng lại khi nạp lại cùng tệp. Danh sách, bộ lọc và tìm kiếm dùng giá trị mới ngay. Cần khoá quản trị (X-Api-Key).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(MetadataExamples.Correct);
        group.MapGet("/history", History)
            .WithName("GetDocumentMetadataHistory")
            .WithSummary("Lịch sử sửa thông tin văn bản")
            .WithDescription("Các lần sửa thông tin của văn bản, cũ trước mới sau: trường, giá trị cũ, giá trị mới, người sửa, thời điểm.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(MetadataExamples.History);
        return app;
    }

    private static async Task<Results<Ok<MetadataCorrectionResult>, ProblemHttpResult>> Correct(
        [Description("Mã văn bản.")] string id, MetadataCorrectionRequest request, KnowledgeBase kb, WriteGate gate, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (values, problem) = MetadataCorrectionValidator.Validate(request);
        if (problem is not null) return ApiProblems.BadRequest(problem);
        var who = request.CorrectedBy!.Trim();
        var corrections = await gate.RunAsync(() => kb.CorrectMetadata(id, values, who, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (corrections is null || kb.Store.GetDocument(id) is not { } document) return DocumentsApi.NotFound(id);
        return TypedResults.Ok(new MetadataCorrectionResult(DocumentSummary.From(document), corrections.Select(MetadataCorrectionView.From).ToList()));
    }

    private static Results<Ok<IReadOnlyList<MetadataCorrectionView>>, ProblemHttpResult> History([Description("Mã văn bản.")] string id, KnowledgeBase kb)
    {
        if (kb.Store.GetDocument(id) is not { } document) return DocumentsApi.NotFound(id);
        IReadOnlyList<MetadataCorrectionView> views = kb.Store.GetCorrections(id, document.ContentHash).Select(MetadataCorrectionView.From).ToList();
        return TypedResults.Ok(views);
    }
}
