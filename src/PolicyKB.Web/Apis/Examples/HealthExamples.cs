using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the health API.</summary>
public static class HealthExamples
{
    /// <summary>GET /api/health: sound, during the start-up ingestion; and degraded after the store check met damage.</summary>
    public static ApiExample Health { get; } = new()
    {
        Responses =
        {
            [200] = new HealthReport("ok", 3, 214, 80, true, new IngestionProgressReport("running", 3, 5, "son-duong-2021-cong-tac-y-te-huyen.txt"), "passed", []),
            [503] = new HealthReport(
                "degraded", 5, 369, 124, true, new IngestionProgressReport("done", 5, 5, null), "failed",
                [
                    "Kho dữ liệu /srv/policykb/data/policykb.db bị hỏng: không đọc được bản ghi trong bảng 'clause_sets' sau 57 bản ghi đọc được " +
                    "(Page type must be data page). Cách khắc phục: khôi phục từ bản sao lưu bằng lệnh 'policykb restore', hoặc chuyển tệp này " +
                    "ra chỗ khác rồi nạp lại văn bản từ thư mục nguồn ('policykb ingest <thư mục>'; máy chủ web tự nạp thư mục content/ khi khởi động).",
                ]),
        },
    };

    /// <summary>GET /api/health/ready: a node on the shared PostgreSQL store, caught up.</summary>
    public static ApiExample Readiness { get; } = new()
    {
        Responses = { [200] = new ReadinessReport("ready", new ReplicationReport(1842, 1842, 0, 30, true)) },
    };
}
