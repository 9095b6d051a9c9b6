using PolicyKB.Storage;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// Opens the clause vectors of a data folder (<see cref="QuantizedVectorFile.FileName"/>). Vectors are derived from
/// the store and an embedding model, so a damaged file is deleted and the vectors computed again by
/// <see cref="KnowledgeBase.Synchronize"/>, and a file made by another model is simply not used. A folder from an
/// earlier version keeps its float vectors in LiteDB (vectors.db): they are quantized into the flat file once, on the
/// first open by the owner, and the old file deleted; a damaged old file is dropped and its vectors recomputed. A flat
/// file of format version 1 (float32 rows) is rewritten as the current version on the owner's first open.
/// </summary>
public static class VectorStoreRecovery
{
    /// <summary>The LiteDB vector file of earlier versions.</summary>
    public const string LegacyFileName = "vectors.db";

    /// <summary>The vectors of <paramref name="modelId"/> in <paramref name="dataDirectory"/>, repaired or migrated as needed.</summary>
    public static FlatVectorStore Open(string dataDirectory, string modelId, DataHealth health)
    {
        var path = Path.Combine(dataDirectory, QuantizedVectorFile.FileName);
        var store = new FlatVectorStore(path, modelId);
        if (File.Exists(path))
        {
            try
            {
                if (QuantizedVectorFile.Read(path) is not { } contents || contents.ModelId != modelId) return store;
                store.Load(contents, path);
                // Rewritten once with int8 residual rows (a quarter of float32, about half of float16); the old rows are read from the old file meanwhile.
                if (contents.Version != QuantizedVectorFile.CurrentVersion && contents.Entries.Count > 0) store.Save();
                return store;
            }
            catch (Exception ex) when (IsDamage(ex))
            {
                File.Delete(path);
                health.AddRepair($"Tệp vector {Path.GetFullPath(path)} bị hỏng ({ex.Message}); đã xoá và sẽ tính lại vector từ kho dữ liệu.");
                return store;
            }
        }
        var legacy = Path.Combine(dataDirectory, LegacyFileName);
        if (File.Exists(legacy)) Migrate(legacy, store);
        return store;
    }

    /// <summary>
    /// The vectors of <paramref name="modelId"/> read from a folder another process owns, without writing or repairing
    /// anything; null when there are none or they cannot be read, and semantic search is then off for this reader.
    /// </summary>
    public static FlatVectorStore? OpenReadOnly(string dataDirectory, string modelId, DataHealth health)
    {
        var path = Path.Combine(dataDirectory, QuantizedVectorFile.FileName);
        var store = new FlatVectorStore(null, modelId);
        try
        {
            if (File.Exists(path))
            {
                var contents = QuantizedVectorFile.Read(path);
                if (contents.ModelId != modelId) return null;
                store.Load(contents, path);
                return store;
            }
            var legacy = Path.Combine(dataDirectory, LegacyFileName);
            if (!File.Exists(legacy) || LiteDbFileCheck.FindDamage(legacy) is not null) return null;
            using var old = new LiteDbVectorStore(legacy, readOnly: true);
            CopyInto(old, store);
            return store;
        }
        catch (Exception ex) when (IsDamage(ex) || StoreIntegrity.IsDamage(ex))
        {
            health.AddProblem($"Không đọc được tệp vector trong {Path.GetFullPath(dataDirectory)} ({ex.Message}); lệnh này tìm theo từ khoá.");
            return null;
        }
    }

    /// <summary>Quantizes the old LiteDB vectors into <paramref name="store"/>, writes the flat file, and deletes the old file.</summary>
    private static void Migrate(string legacy, FlatVectorStore store)
    {
        if (LiteDbFileCheck.FindDamage(legacy) is null)
        {
            try
            {
                using var old = new LiteDbVectorStore(legacy);
                CopyInto(old, store);
            }
            catch (Exception ex) when (StoreIntegrity.IsDamage(ex))
            {
                // Whatever was read is dropped with the file: Synchronize embeds every document again.
                store.Load(new QuantizedVectorFile.Contents(store.ModelId, 0, new Dictionary<string, string>(), [], [], [], 0), null);
            }
        }
        store.Save();
        File.Delete(legacy);
        File.Delete(LiteDbFileCheck.LogFile(legacy));
    }

    private static void CopyInto(LiteDbVectorStore old, FlatVectorStore store)
    {
        var hashes = old.EmbeddedDocuments(store.ModelId);
        using var batch = store.BeginBatch();
        foreach (var group in old.Load(store.ModelId).GroupBy(e => e.DocumentId, StringComparer.Ordinal))
        {
            if (hashes.TryGetValue(group.Key, out var hash)) store.Replace(group.Key, hash, group.ToList());
        }
    }

    private static bool IsDamage(Exception ex) =>
        ex is InvalidDataException or EndOfStreamException or FormatException or ArgumentException or OverflowException or OutOfMemoryException or System.Text.DecoderFallbackException;
}
