using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyKB.Search;
using PolicyKB.Search.Replication;
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
        app.MapGet("/api/health/ready", GetReadiness)
            .WithName("GetReadiness")
            .WithTags("Hệ thống")
            .WithSummary("Sẵn sàng nhận yêu cầu")
            .WithDescription(
                "Cho bộ cân bằng tải: 200 khi máy này sẵn sàng. Với kho PostgreSQL dùng chung, trả 503 (ProblemDetails) khi chỉ mục " +
                "tìm kiếm của máy này trễ hơn PolicyKB:Store:MaxReplicaLagSeconds giây so với kho, để máy được đưa ra khỏi vòng " +
                "cho đến khi bắt kịp. Không cần khoá.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(HealthExamples.Readiness);
        return app;
    }

    private static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(
        KnowledgeBase kb, ContentIngestionProgress ingestion, StoreCheckState storeCheck, IOptions<StoreOptions> options, TimeProvider clock)
    {
        var problems = kb.Health.Problems.ToList();
        int documents = 0, clauses = 0, citations = 0;
        try
        {
            // On the shared store the counts come from this node's read model: health answers while PostgreSQL is down.
            var stored = kb.IsShared ? kb.Search.ReadModel.Current.Documents : kb.Store.ListDocuments();
            (documents, clauses, citations) = (stored.Count, stored.Sum(d => d.ClauseCount), stored.Sum(d => d.CitationCount));
        }
        catch (Exception ex) when (StoreIntegrity.IsDamage(ex) || ex is ObjectDisposedException)
        {
            // LiteDB closes its engine on the first damaged page it meets; every read fails from then on.
            problems.Add($"Không đọc được danh sách văn bản trong kho dữ liệu ({ex.Message}). Hãy khôi phục từ bản sao lưu ('policykb restore') hoặc nạp lại văn bản từ thư mục nguồn.");
        }
        var report = new HealthReport(
            problems.Count == 0 ? "ok" : "degraded", documents, clauses, citations, kb.Search.HasSemantic, ingestion.Snapshot(), storeCheck.State, problems)
        {
            Replication = Replication(kb, options.Value, clock) is { } replication ? replication with { Indexes = Indexes(kb) } : null,
        };
        return problems.Count == 0 ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static Results<Ok<ReadinessReport>, ProblemHttpResult> GetReadiness(KnowledgeBase kb, IOptions<StoreOptions> options, TimeProvider clock)
    {
        var replication = Replication(kb, options.Value, clock);
        if (replication is null || replication.LagSeconds <= replication.MaxLagSeconds) return TypedResults.Ok(new ReadinessReport("ready", replication));
        return TypedResults.Problem(
            $"Chỉ mục tìm kiếm của máy này đang trễ {replication.LagSeconds:0} giây so với kho dữ liệu dùng chung (cho phép tối đa " +
            $"{replication.MaxLagSeconds:0} giây; đã áp dụng đến thay đổi {replication.AppliedSequence}/{replication.HeadSequence}). " +
            "Máy đang bắt kịp và sẽ sẵn sàng trở lại khi hết trễ.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Máy chưa sẵn sàng");
    }

    private static ReplicaIndexReport Indexes(KnowledgeBase kb)
    {
        var counts = kb.CountIndexes();
        return new ReplicaIndexReport(counts.Documents, counts.Clauses, counts.VectorDocuments, counts.Vectors);
    }

    /// <summary>The replica's lag, asked of the store now (the last seen when it cannot be reached); null on LiteDB.</summary>
    private static ReplicationReport? Replication(KnowledgeBase kb, StoreOptions options, TimeProvider clock)
    {
        if (kb.Replica is not { } follower) return null;
        var reachable = true;
        ReplicaStatus status;
        try
        {
            status = follower.Check();
        }
        catch (StoreUnavailableException)
        {
            status = follower.Status;
            reachable = false;
        }
        return new ReplicationReport(
            status.AppliedSequence, status.HeadSequence, Math.Round(status.LagSeconds(clock.GetUtcNow()), 1), options.Store.MaxReplicaLagSeconds, reachable)
        {
            Wakes = follower.Wakes,
        };
    }
}
