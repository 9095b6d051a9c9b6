using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Storage;

namespace PolicyKB.Web.Apis;

/// <summary>GET /api/health: whether the store answers, with document and clause counts.</summary>
public static class HealthApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth)
            .WithName("GetHealth")
            .WithTags("Hệ thống")
            .WithSummary("Tình trạng hệ thống")
            .WithDescription("Trả về trạng thái kho dữ liệu và số văn bản, điều khoản đang có.");
        return app;
    }

    /// <summary>The health record.</summary>
    public sealed record Health(string Status, int Documents, int Clauses);

    private static Ok<Health> GetHealth(IDocumentStore store)
    {
        var documents = store.ListDocuments();
        return TypedResults.Ok(new Health("ok", documents.Count, documents.Sum(d => d.ClauseCount)));
    }
}
