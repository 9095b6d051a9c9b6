using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Search;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis;

/// <summary>GET /api/health: whether the store answers, with what it holds. Always open, for monitoring.</summary>
public static class HealthApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth)
            .WithName("GetHealth")
            .WithTags("Hệ thống")
            .WithSummary("Tình trạng hệ thống")
            .WithDescription("Trạng thái kho dữ liệu: số văn bản, điều khoản, trích dẫn đang có và tìm theo ngữ nghĩa đã sẵn sàng hay chưa. Không cần khoá.")
            .WithExamples(HealthExamples.Health);
        return app;
    }

    private static Ok<HealthReport> GetHealth(KnowledgeBase kb)
    {
        var documents = kb.Store.ListDocuments();
        return TypedResults.Ok(new HealthReport("ok", documents.Count, documents.Sum(d => d.ClauseCount), documents.Sum(d => d.CitationCount), kb.Search.HasSemantic));
    }
}
