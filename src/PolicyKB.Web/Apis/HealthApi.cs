using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis;

/// <summary>
/// GET /api/health: whether the data answers, with what it holds and how far start-up work has come. Always open,
/// for monitoring: 200 when sound, 503 with the same body when degraded, the convention load balancers and uptime
/// checks act on.
/// </summary>
public static class HealthApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth)
            .WithName("GetHealth")
            .WithTags("Hệ thống")
            .WithSummary("Tình trạng hệ thống")
            .WithDescription(
                "Trạng thái kho dữ liệu: số văn bản, điều khoản, trích dẫn đang có, tìm theo ngữ nghĩa đã sẵn sàng hay chưa, " +
                "tiến độ nạp thư mục content/ khi khởi động và kết quả đọc kiểm tra toàn bộ kho. Trả 503 (cùng nội dung, " +
                "status \"degraded\") khi có phần dữ liệu không đọc được, kèm danh sách vấn đề. Không cần khoá.")
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(HealthExamples.Health);
        return app;
    }

    private static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(
        KnowledgeBase kb, ContentIngestionProgress ingestion, StoreCheckState storeCheck)
    {
        var problems = kb.Health.Problems.ToList();
        int documents = 0, clauses = 0, citations = 0;
        try
        {
            var stored = kb.Store.ListDocuments();
            (documents, clauses, citations) = (stored.Count, stored.Sum(d => d.ClauseCount), stored.Sum(d => d.CitationCount));
        }
        catch (Exception ex) when (StoreIntegrity.IsDamage(ex) || ex is ObjectDisposedException)
        {
            // LiteDB closes its engine on the first damaged page it meets; every read fails from then on.
            problems.Add($"Không đọc được danh sách văn bản trong kho dữ liệu ({ex.Message}). Hãy khôi phục từ bản sao lưu ('policykb restore') hoặc nạp lại văn bản từ thư mục nguồn.");
        }
        var report = new HealthReport(
            problems.Count == 0 ? "ok" : "degraded", documents, clauses, citations, kb.Search.HasSemantic, ingestion.Snapshot(), storeCheck.State, problems);
        return problems.Count == 0 ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
