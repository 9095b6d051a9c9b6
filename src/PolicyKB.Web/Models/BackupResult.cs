using PolicyKB.Storage.Backup;

namespace PolicyKB.Web.Models;

/// <summary>A backup made by the host.</summary>
/// <param name="Directory">The folder on the server holding <c>policykb.db</c> and <c>manifest.json</c>.</param>
/// <param name="Manifest">What it holds.</param>
public sealed record BackupResult(string Directory, BackupManifest Manifest);
