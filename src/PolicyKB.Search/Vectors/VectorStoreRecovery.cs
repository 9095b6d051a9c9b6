using PolicyKB.Storage;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// Opens the clause vectors (vectors.db), deleting a damaged file: vectors are derived from the store and an
/// embedding model, so a file that is cut short or overwritten is removed with its LiteDB log and the vectors
/// computed again by <see cref="KnowledgeBase.Synchronize"/>. Every vector is read on open anyway (they are searched
/// in memory), so that read doubles as the check. When even a fresh file cannot be opened (permissions, a full disk),
/// the knowledge base runs without embedding search and says so in <see cref="DataHealth.Problems"/>.
/// </summary>
public static class VectorStoreRecovery
{
    /// <summary>The opened file and the vectors of <paramref name="modelId"/> it holds, or (null, []) when it cannot be opened.</summary>
    public static (LiteDbVectorStore? Store, IReadOnlyList<VectorEntry> Vectors) Open(string path, string modelId, DataHealth health)
    {
        var damage = LiteDbFileCheck.FindDamage(path);
        if (damage is null)
        {
            try
            {
                return Load(path, modelId);
            }
            catch (Exception ex) when (StoreIntegrity.IsDamage(ex))
            {
                damage = ex.Message;
            }
        }
        try
        {
            File.Delete(path);
            File.Delete(LiteDbFileCheck.LogFile(path));
            health.AddRepair($"Tệp vector {Path.GetFullPath(path)} bị hỏng ({damage}); đã xoá và sẽ tính lại vector từ kho dữ liệu.");
            return Load(path, modelId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException || StoreIntegrity.IsDamage(ex))
        {
            health.AddProblem($"Không mở được tệp vector {Path.GetFullPath(path)} ({ex.Message}); tìm kiếm theo ngữ nghĩa tạm tắt. Hãy kiểm tra quyền ghi và dung lượng đĩa của thư mục dữ liệu.");
            return (null, []);
        }
    }

    /// <summary>
    /// The vectors of <paramref name="modelId"/> read from a file another process owns, without writing or repairing it;
    /// (null, []) when it is missing or unreadable, and semantic search is then off for this reader.
    /// </summary>
    public static (LiteDbVectorStore? Store, IReadOnlyList<VectorEntry> Vectors) OpenReadOnly(string path, string modelId, DataHealth health)
    {
        if (!File.Exists(path) || LiteDbFileCheck.FindDamage(path) is not null) return (null, []);
        LiteDbVectorStore? store = null;
        try
        {
            store = new LiteDbVectorStore(path, readOnly: true);
            return (store, store.Load(modelId).ToList());
        }
        catch (Exception ex) when (ex is IOException || StoreIntegrity.IsDamage(ex))
        {
            store?.Dispose();
            health.AddProblem($"Không đọc được tệp vector {Path.GetFullPath(path)} ({ex.Message}); lệnh này tìm theo từ khoá.");
            return (null, []);
        }
    }

    private static (LiteDbVectorStore, IReadOnlyList<VectorEntry>) Load(string path, string modelId)
    {
        var store = new LiteDbVectorStore(path);
        try
        {
            store.RemoveOtherModels(modelId);
            return (store, store.Load(modelId).ToList());
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
