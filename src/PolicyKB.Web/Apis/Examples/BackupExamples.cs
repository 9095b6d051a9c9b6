using PolicyKB.Storage.Backup;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the backup API.</summary>
public static class BackupExamples
{
    /// <summary>POST /api/admin/backup.</summary>
    public static ApiExample Backup { get; } = new()
    {
        Responses =
        {
            [200] = new BackupResult("/srv/policykb/data/backups/20261205-101500-123",
                new BackupManifest(new DateTimeOffset(2026, 12, 5, 10, 15, 0, TimeSpan.FromHours(7)), 2, 5, 369, 1_482_752,
                    "9f2c4e0d6b1a7c3e5f8a0b2d4c6e8f1a3b5d7c9e0f2a4b6c8d0e1f3a5b7c9d1e", "/srv/policykb/data")),
        },
    };
}
