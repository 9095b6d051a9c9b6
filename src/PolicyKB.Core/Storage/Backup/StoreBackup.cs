using System.Security.Cryptography;
using System.Text.Json;
using LiteDB;
using PolicyKB.Documents;

namespace PolicyKB.Storage.Backup;

/// <summary>
/// Backups of a data folder. Only the document store (<c>policykb.db</c>) is copied: the Lucene index and the vectors
/// are derived from it and rebuilt at the next start, so a backup stays small and can never disagree with itself.
/// A restore checks the copy completely before touching anything, and keeps the store it replaces beside it.
/// </summary>
public static class StoreBackup
{
    /// <summary>The store file's name in a data folder and in a backup folder.</summary>
    public const string StoreFileName = "policykb.db";

    /// <summary>The manifest's name in a backup folder.</summary>
    public const string ManifestFileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Copies <paramref name="store"/> into the new or empty folder <paramref name="directory"/> and checks the copy.</summary>
    public static BackupManifest Create(LiteDbDocumentStore store, string directory, string sourceDirectory, TimeProvider? clock = null)
    {
        directory = Path.GetFullPath(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new BackupException($"thư mục sao lưu {directory} đã có dữ liệu; hãy chọn một thư mục mới hoặc trống");
        }
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, StoreFileName);
        store.CopyTo(target);
        var (documents, clauses) = Check(target);
        var manifest = new BackupManifest((clock ?? TimeProvider.System).GetLocalNow(), PolicyDocument.CurrentSchemaVersion, documents, clauses,
            new FileInfo(target).Length, Hash(target), sourceDirectory);
        File.WriteAllText(Path.Combine(directory, ManifestFileName), System.Text.Json.JsonSerializer.Serialize(manifest, Json));
        return manifest;
    }

    /// <summary>Reads and checks a backup folder: manifest, hash, schema version, every record readable.</summary>
    public static BackupManifest Verify(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFileName);
        var storePath = Path.Combine(directory, StoreFileName);
        if (!File.Exists(manifestPath) || !File.Exists(storePath))
        {
            throw new BackupException($"{directory} không phải thư mục sao lưu PolicyKB (cần {ManifestFileName} và {StoreFileName})");
        }
        BackupManifest manifest;
        try
        {
            manifest = System.Text.Json.JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(manifestPath), Json)
                ?? throw new BackupException($"{manifestPath} trống");
        }
        catch (JsonException ex)
        {
            throw new BackupException($"{manifestPath} bị hỏng ({ex.Message})", ex);
        }
        if (!string.Equals(Hash(storePath), manifest.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException($"{storePath} không khớp mã băm trong {ManifestFileName}: bản sao lưu bị hỏng hoặc đã bị sửa");
        }
        if (manifest.SchemaVersion != PolicyDocument.CurrentSchemaVersion)
        {
            throw new BackupException(
                $"bản sao lưu có cấu trúc phiên bản {manifest.SchemaVersion}, phiên bản PolicyKB này dùng {PolicyDocument.CurrentSchemaVersion}");
        }
        var (documents, _) = Check(storePath);
        if (documents != manifest.Documents) throw new BackupException($"bản sao lưu có {documents} văn bản, manifest ghi {manifest.Documents}");
        return manifest;
    }

    /// <summary>
    /// Puts a checked backup in place of the store in <paramref name="dataDirectory"/>, which the caller owns
    /// (<see cref="DataDirectoryLock"/>). The replaced store is kept as <c>policykb.db.before-restore-…</c>; the derived
    /// index and vectors are removed so the next start rebuilds them from the restored store.
    /// </summary>
    /// <returns>The manifest of the restored backup and the path the replaced store was kept under (null when there was none).</returns>
    public static (BackupManifest Manifest, string? KeptAs) Restore(string backupDirectory, string dataDirectory, TimeProvider? clock = null)
    {
        var manifest = Verify(backupDirectory);
        var storePath = Path.Combine(dataDirectory, StoreFileName);
        string? keptAs = null;
        var incoming = storePath + ".restoring";
        File.Copy(Path.Combine(backupDirectory, StoreFileName), incoming, overwrite: true);
        if (File.Exists(storePath))
        {
            keptAs = $"{storePath}.before-restore-{(clock ?? TimeProvider.System).GetLocalNow():yyyyMMdd-HHmmss}";
            File.Move(storePath, keptAs);
            var log = Path.Combine(dataDirectory, "policykb-log.db");
            if (File.Exists(log)) File.Move(log, keptAs + "-log");
        }
        File.Move(incoming, storePath);
        var index = Path.Combine(dataDirectory, "index");
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        // The clause vectors (vectors.pkbv; vectors.db before) are derived too, and recomputed on open.
        foreach (var vectors in new[] { "vectors.pkbv", "vectors.db", "vectors-log.db" }.Select(f => Path.Combine(dataDirectory, f)).Where(File.Exists))
        {
            File.Delete(vectors);
        }
        return (manifest, keptAs);
    }

    private static (int Documents, int Clauses) Check(string storePath)
    {
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = storePath, ReadOnly = true, Connection = ConnectionType.Direct });
            var documents = db.GetCollection("documents").FindAll().Count();
            // Every clause record is read once: a damaged page shows up here, not after the restore.
            var clauses = db.GetCollection("clause_sets").FindAll().Select(PackedBson.Unpack).Sum(set => set.TryGetValue("clauses", out var list) && list.IsArray ? list.AsArray.Count : 0);
            db.GetCollection("citation_sets").FindAll().Select(PackedBson.Unpack).Count();
            return (documents, clauses);
        }
        catch (Exception ex) when (ex is LiteException or IOException or InvalidDataException or InvalidCastException or ArgumentException)
        {
            throw new BackupException($"không đọc trọn được {storePath} ({ex.Message})", ex);
        }
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
