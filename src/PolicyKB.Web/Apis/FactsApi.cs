using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Facts;
using PolicyKB.Storage;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis;

/// <summary>The facts layer: a document's facts, tasks and targets across the store, and the effect status of a cited document.</summary>
public static class FactsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Dữ kiện").RequireApiKey(ApiAccess.Read);
        group.MapGet("/documents/{id}/facts", GetFacts)
            .WithName("GetDocumentFacts")
            .WithSummary("Dữ kiện của một văn bản")
            .WithDescription("Người ký (họ tên, chức vụ, hình thức ký TM./KT./Q./TL.), ngày ban hành (in trên văn bản hoặc suy ra từ ngày muộn nhất " +
                "của văn bản được trích dẫn, có cờ issuedOnInferred), ngày hiệu lực, nơi nhận, quan hệ với văn bản khác (bãi bỏ, thay thế, sửa đổi, " +
                "hướng dẫn, thực hiện, áp dụng), nhiệm vụ (cơ quan chủ trì, phối hợp, thời hạn) và chỉ tiêu; mỗi dữ kiện kèm điều khoản nêu nó.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(FactExamples.Facts);
        group.MapGet("/tasks", ListTasks)
            .WithName("ListTasks")
            .WithSummary("Nhiệm vụ theo cơ quan và thời hạn")
            .WithDescription("Các nhiệm vụ được giao trong mọi văn bản của kho, lọc theo cơ quan (chủ trì hoặc phối hợp; viết tắt như SYT được hiểu là Sở Y tế), " +
                "theo hạn hoàn thành (dueBefore: chỉ nhiệm vụ có hạn đến hết ngày này) và theo văn bản.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(FactExamples.Tasks);
        group.MapGet("/targets", ListTargets)
            .WithName("ListTargets")
            .WithSummary("Chỉ tiêu theo chỉ số và địa phương")
            .WithDescription("Các chỉ tiêu (chỉ số, so sánh, giá trị, đơn vị, năm hoặc giai đoạn, địa phương) trong mọi văn bản của kho, lọc theo chỉ số " +
                "(so khớp theo khoá chỉ số, ví dụ \"bác sĩ/vạn dân\") và theo địa phương, để so sánh giữa các tỉnh.")
            .WithExamples(FactExamples.Targets);
        // Keys contain "/" ("20/2023/TT-BLĐTBXH"), so the key takes the rest of the path; "%2F" is accepted too.
        group.MapGet("/status/{**key}", GetStatus)
            .WithName("GetEffectStatus")
            .WithSummary("Tình trạng hiệu lực của một văn bản")
            .WithDescription("Văn bản còn hiệu lực, đã bị bãi bỏ hoặc thay thế (bởi văn bản nào, từ ngày nào) hay bị sửa đổi một phần, tính trên mọi văn bản " +
                "trong kho; khi kho không biết gì thì trả lời \"chưa rõ\" (status = unknown), không đoán.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithExamples(FactExamples.Status);
        return app;
    }

    private static Results<Ok<DocumentFacts>, ProblemHttpResult> GetFacts(
        [Description("Mã văn bản, ví dụ ha-tinh-2024-cung-co-y-te-co-so.")] string id, IDocumentStore store)
    {
        if (store.GetDocument(id) is null) return DocumentsApi.NotFound(id);
        return TypedResults.Ok(store.GetFacts(id) ?? new DocumentFacts { DocumentId = id });
    }

    private static Results<Ok<IReadOnlyList<FoundTask>>, ProblemHttpResult> ListTasks(
        IDocumentStore store,
        [Description("Cơ quan chủ trì hoặc phối hợp, ví dụ Sở Y tế hoặc SYT.")] string? agency = null,
        [Description("Chỉ nhiệm vụ có hạn đến hết ngày này, dạng yyyy-mm-dd.")] string? dueBefore = null,
        [Description("Chỉ nhiệm vụ của văn bản này.")] string? documentId = null)
    {
        DateOnly? due = null;
        if (ApiParameters.Blank(dueBefore) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return ApiProblems.BadRequest($"Ngày '{text}' không hợp lệ; hãy viết dạng yyyy-mm-dd, ví dụ 2025-06-30.");
            due = parsed;
        }
        var id = ApiParameters.Blank(documentId);
        if (id is not null && store.GetDocument(id) is null) return DocumentsApi.NotFound(id);
        return TypedResults.Ok(FactQueries.Tasks(store, ApiParameters.Blank(agency), due, id));
    }

    private static Ok<IReadOnlyList<FoundTarget>> ListTargets(
        IDocumentStore store,
        [Description("Chỉ số cần tìm, ví dụ bác sĩ/vạn dân hoặc BHYT.")] string? indicator = null,
        [Description("Địa phương, ví dụ Hà Tĩnh.")] string? place = null) =>
        TypedResults.Ok(FactQueries.Targets(store, ApiParameters.Blank(indicator), ApiParameters.Blank(place)));

    private static Results<Ok<EffectStatus>, ProblemHttpResult> GetStatus(
        [Description("Số hiệu văn bản, ví dụ 20/2023/TT-BLĐTBXH.")] string? key, IDocumentStore store, TimeProvider clock)
    {
        var value = ApiParameters.PathValue(key);
        if (value.Length == 0) return ApiProblems.BadRequest("Thiếu số hiệu văn bản. Ví dụ: /api/status/20/2023/TT-BLĐTBXH.");
        return TypedResults.Ok(new EffectStatusService(store, clock).Get(value));
    }
}
