using PolicyKB.Ingestion;

namespace PolicyKB.Search;

/// <summary>Bringing the indexes and the store into agreement: indexing again what changed, reading again from kept originals.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Makes the indexes agree with the store: documents indexed from another version (or not at all) are indexed
    /// again from their stored clauses, and index entries of documents no longer stored are dropped.
    /// </summary>
    public int Synchronize()
    {
        var documents = _store.ListDocuments();
        var indexed = _keyword.IndexedDocuments();
        var embedded = _embedder is null ? null : _vectorStore!.EmbeddedDocuments();
        var changed = 0;
        using var batch = BeginBatch();
        foreach (var document in documents)
        {
            if (BringUpToStore(document, indexed, embedded)) changed++;
        }
        var stored = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in indexed.Keys.Where(id => !stored.Contains(id))) _keyword.Remove(orphan);
        foreach (var orphan in embedded?.Keys.Where(id => !stored.Contains(id)) ?? []) _embedder!.Remove(orphan);
        if (changed > 0) AfterChange();
        // A replica or index rebuilt document by document is left in many segments, which every query pays for.
        CompactAfterBulkWrite(changed);
        return changed;
    }

    /// <summary>
    /// Reads again every kept original whose document is not stored: after a schema change emptied the store (or an
    /// earlier run died half-way through this), each document comes back under its id, from the file it was read from.
    /// A file the new version cannot read stays kept and is listed in <see cref="Health"/>.
    /// </summary>
    public int ReadAgainFromOriginals()
    {
        var pending = _store.FindUnreadOriginals();
        if (pending.Count == 0) return 0;
        var temp = Path.Combine(Path.GetTempPath(), "policykb-reread-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        var read = 0;
        try
        {
            using (BeginBatch())
            {
                foreach (var id in pending)
                {
                    if (_store.GetOriginal(id) is not { } original) continue;
                    var path = Path.Combine(temp, id);
                    File.WriteAllBytes(path, original.Content);
                    var request = new IngestRequest(original.Origin == Ingestion.Identity.DocumentIdentityResolver.UploadOrigin, false) { Reread = original };
                    var result = Pipeline.Ingest(path, original.FileName, request);
                    if (result.Status == IngestionStatus.Failed) Health.AddProblem($"Không đọc lại được {original.FileName} ({id}) từ tệp gốc đã lưu: {result.Error}");
                    else read++;
                    File.Delete(path);
                }
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
        if (read > 0)
        {
            Health.AddRepair($"Đã đọc lại {read} văn bản từ tệp gốc đã lưu (cấu trúc kho thay đổi hoặc lần đọc trước bị ngắt).");
            AfterChange();
        }
        return read;
    }
}
