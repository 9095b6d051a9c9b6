using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Search;
using PolicyKB.Storage.Backup;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Models;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>POST /api/admin/backup: a consistent backup of the document store while the host keeps serving.</summary>
public static class BackupApi
{
    /// <summary>The folder under the data folder that API backups are written to.</summary>
    public const string BackupsFolder = "backups";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapBackupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/backup", CreateBackup)
            .WithTags("Quản trị")
            .RequireApiKey(ApiAccess.Write)
            .WithName("CreateBackup")
            .WithSummary("Sao lưu kho văn bản")
            .WithDescription("Tạo bản sao lưu nhất quán của kho văn bản (policykb.db kèm manifest.json có mã băm) trong thư mục backups/ của thư mục dữ liệu, " +
                "trong khi máy chủ vẫn phục vụ; việc nạp văn bản chờ đến khi sao chép xong. Chỉ mục tìm kiếm và vector được dựng lại từ kho khi khôi phục " +
                "nên không cần sao lưu. Khôi phục bằng lệnh 'policykb restore THƯ_MỤC' khi máy chủ đã dừng. Cần khoá quản trị (X-Api-Key).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .WithExamples(BackupExamples.Backup);
        return app;
    }

    private static async Task<Results<Ok<BackupResult>, ProblemHttpResult>> CreateBackup(
        KnowledgeBase kb, WriteGate gate, TimeProvider clock, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(kb.Ownership.Directory, BackupsFolder, clock.GetLocalNow().ToString("yyyyMMdd-HHmmss-fff"));
        try
        {
            var manifest = await gate.RunAsync(() => kb.Backup(directory), cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new BackupResult(directory, manifest));
        }
        catch (Exception ex) when (ex is BackupException or IOException or TimeoutException)
        {
            return TypedResults.Problem($"Không sao lưu được: {ex.Message}", statusCode: StatusCodes.Status500InternalServerError, title: "Sao lưu thất bại");
        }
    }
}
