using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Facts;
using PolicyKB.Storage;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

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
        group.MapGet("/tasks/export.xlsx", ExportTasks)
            .WithName("ExportTasks")
            .WithSummary("Tải nhiệm vụ dạng Excel")
            .WithDescription("Cùng các nhiệm vụ và bộ lọc như GET /api/tasks, dạng tệp Excel (.xlsx) có dòng tiêu đề cố định và bộ lọc; " +
                "mỗi dòng ghi văn bản, cơ quan chủ trì, phối hợp, thời hạn (ngày dạng ngày của Excel) và điều khoản nêu nhiệm vụ.")
            .Produces(StatusCodes.Status200OK, contentType: FactWorkbook.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(FactExamples.TaskExport);
        group.MapGet("/tasks/agencies", ListAgencies)
            .WithName("ListTaskAgencies")
            .WithSummary("Các cơ quan được giao nhiệm vụ")
            .WithDescription("Mọi cơ quan mà các nhiệm vụ trong kho nêu tên (tên chuẩn hoá: SYT là Sở Y tế), kèm số nhiệm vụ chủ trì, phối hợp và số văn bản; " +
                "nhiều nhiệm vụ nhất trước.")
            .WithExamples(FactExamples.Agencies);
        group.MapGet("/targets", ListTargets)
            .WithName("ListTargets")
            .WithSummary("Chỉ tiêu theo chỉ số và địa phương")
            .WithDescription("Các chỉ tiêu (chỉ số, so sánh, giá trị, đơn vị, năm hoặc giai đoạn, địa phương) trong mọi văn bản của kho, lọc theo chỉ số " +
                "(so khớp theo khoá chỉ số, ví dụ \"bác sĩ/vạn dân\") và theo địa phương, để so sánh giữa các tỉnh.")
            .WithExamples(FactExamples.Targets);
        group.MapGet("/targets/export.xlsx", ExportTargets)
            .WithName("ExportTargets")
            .WithSummary("Tải chỉ tiêu dạng Excel")
            .WithDescription("Cùng các chỉ tiêu và bộ lọc như GET /api/targets, dạng tệp Excel (.xlsx), giá trị là số để so sánh và vẽ biểu đồ.")
            .Produces(StatusCodes.Status200OK, contentType: FactWorkbook.ContentType)
            .WithExamples(FactExamples.TargetExport);
        group.MapGet("/targets/indicators", ListIndicators)
            .WithName("ListTargetIndicators")
            .WithSummary("Các chỉ số có chỉ tiêu")
            .WithDescription("Mọi khoá chỉ số mà các chỉ tiêu trong kho dùng, với cách diễn đạt phổ biến nhất, số chỉ tiêu, số văn bản và đơn vị; " +
                "chỉ số có ở nhiều văn bản nhất trước, để chọn chỉ số so sánh giữa các địa phương.")
            .WithExamples(FactExamples.Indicators);
        group.MapGet("/statuses", GetStatuses)
            .WithName("GetEffectStatuses")
            .WithSummary("Tình trạng hiệu lực của nhiều văn bản")
            .WithDescription($"Như GET /api/status/{{key}} cho tối đa {MaxStatusKeys} số hiệu một lần (tham số key lặp lại), theo đúng thứ tự đã hỏi; " +
                "trang văn bản dùng để gắn tình trạng lên mọi thẻ trích dẫn bằng một yêu cầu.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithExamples(FactExamples.Statuses);
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
        [Description("Chỉ nhiệm vụ của văn bản này.")] string? documentId = null) =>
        QueryTasks(store, agency, dueBefore, documentId, out var tasks) is { } problem ? problem : TypedResults.Ok(tasks);

    private static Results<FileContentHttpResult, ProblemHttpResult> ExportTasks(
        IDocumentStore store,
        [Description("Cơ quan chủ trì hoặc phối hợp, ví dụ Sở Y tế hoặc SYT.")] string? agency = null,
        [Description("Chỉ nhiệm vụ có hạn đến hết ngày này, dạng yyyy-mm-dd.")] string? dueBefore = null,
        [Description("Chỉ nhiệm vụ của văn bản này.")] string? documentId = null)
    {
        if (QueryTasks(store, agency, dueBefore, documentId, out var tasks) is { } problem) return problem;
        using var buffer = new MemoryStream();
        FactWorkbook.WriteTasks(tasks, buffer);
        var name = ApiParameters.Blank(documentId) is { } id ? $"nhiem-vu-{id}.xlsx" : "nhiem-vu.xlsx";
        return TypedResults.File(buffer.ToArray(), FactWorkbook.ContentType, name);
    }

    private static Ok<IReadOnlyList<AgencySummary>> ListAgencies(IDocumentStore store) => TypedResults.Ok(FactQueries.Agencies(store));

    private static FileContentHttpResult ExportTargets(
        IDocumentStore store,
        [Description("Chỉ số cần tìm, ví dụ bác sĩ/vạn dân hoặc BHYT.")] string? indicator = null,
        [Description("Địa phương, ví dụ Hà Tĩnh.")] string? place = null)
    {
        using var buffer = new MemoryStream();
        FactWorkbook.WriteTargets(FactQueries.Targets(store, ApiParameters.Blank(indicator), ApiParameters.Blank(place)), buffer);
        return TypedResults.File(buffer.ToArray(), FactWorkbook.ContentType, "chi-tieu.xlsx");
    }

    private static Ok<IReadOnlyList<IndicatorSummary>> ListIndicators(IDocumentStore store) => TypedResults.Ok(FactQueries.Indicators(store));

    /// <summary>The tasks a query asks for, or the problem with its parameters (a malformed date, an unknown document).</summary>
    private static ProblemHttpResult? QueryTasks(IDocumentStore store, string? agency, string? dueBefore, string? documentId, out IReadOnlyList<FoundTask> tasks)
    {
        tasks = [];
        DateOnly? due = null;
        if (ApiParameters.Blank(dueBefore) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return ApiProblems.BadRequest($"Ngày '{text}' không hợp lệ; hãy viết dạng yyyy-mm-dd, ví dụ 2025-06-30.");
            due = parsed;
        }
        var id = ApiParameters.Blank(documentId);
        if (id is not null && store.GetDocument(id) is null) return DocumentsApi.NotFound(id);
        tasks = FactQueries.Tasks(store, ApiParameters.Blank(agency), due, id);
        return null;
    }

    private static Ok<IReadOnlyList<FoundTarget>> ListTargets(
        IDocumentStore store,
        [Description("Chỉ số cần tìm, ví dụ bác sĩ/vạn dân hoặc BHYT.")] string? indicator = null,
        [Description("Địa phương, ví dụ Hà Tĩnh.")] string? place = null) =>
        TypedResults.Ok(FactQueries.Targets(store, ApiParameters.Blank(indicator), ApiParameters.Blank(place)));

    /// <summary>Most keys one status request may ask about (a long plan cites about a hundred).</summary>
    public const int MaxStatusKeys = 300;

    private static Results<Ok<IReadOnlyList<EffectStatus>>, ProblemHttpResult> GetStatuses(
        [Description("Số hiệu văn bản, lặp lại cho mỗi văn bản, ví dụ key=20/2023/TT-BLĐTBXH&key=281/QĐ-TTg.")] string[]? key,
        IDocumentStore store, TimeProvider clock)
    {
        var keys = (key ?? []).Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
        if (keys.Count == 0) return ApiProblems.BadRequest("Thiếu số hiệu văn bản. Ví dụ: /api/statuses?key=20/2023/TT-BLĐTBXH&key=281/QĐ-TTg.");
        if (keys.Count > MaxStatusKeys) return ApiProblems.BadRequest($"Hỏi tối đa {MaxStatusKeys} văn bản một lần; yêu cầu này có {keys.Count}.");
        var service = new EffectStatusService(store, clock);
        return TypedResults.Ok<IReadOnlyList<EffectStatus>>(keys.Select(service.Get).ToList());
    }

    private static Results<Ok<EffectStatus>, ProblemHttpResult> GetStatus(
        [Description("Số hiệu văn bản, ví dụ 20/2023/TT-BLĐTBXH.")] string? key, IDocumentStore store, TimeProvider clock)
    {
        var value = ApiParameters.PathValue(key);
        if (value.Length == 0) return ApiProblems.BadRequest("Thiếu số hiệu văn bản. Ví dụ: /api/status/20/2023/TT-BLĐTBXH.");
        return TypedResults.Ok(new EffectStatusService(store, clock).Get(value));
    }
}
