using System.Collections.Concurrent;
using PolicyKB.Documents;
using PolicyKB.Ingestion;

namespace PolicyKB.Search;

/// <summary>Repair of local indexes left behind the store by a failed index write.</summary>
public sealed partial class KnowledgeBase
{
    private readonly ConcurrentDictionary<string, byte> _indexRepairs = new(StringComparer.Ordinal);

    /// <summary>
    /// Documents whose ingestion failed after its id was decided: the store may hold a version the keyword index or the
    /// vectors lack (the save step wrote it, then indexing or embedding failed). <see cref="RepairIndexes"/> checks each.
    /// </summary>
    public int PendingIndexRepairs => _indexRepairs.Count;

    /// <summary>
    /// Brings the indexes of the documents in <see cref="PendingIndexRepairs"/> up to the store, as opening the knowledge
    /// base would (<see cref="Synchronize"/>), without reading every document: a document whose keyword index or vectors
    /// hold another version than the stored one is indexed again from its stored clauses, and entries of a document no
    /// longer stored are dropped. A document stays pending when its repair fails (the embedding service still down).
    /// Returns the number of documents indexed again or dropped. Callers hold the write turn, as for any write.
    /// </summary>
    public int RepairIndexes()
    {
        RequireWritable();
        if (_indexRepairs.IsEmpty) return 0;
        var pending = _indexRepairs.Keys.Order(StringComparer.Ordinal).ToList();
        var indexed = _keyword.IndexedDocuments();
        var embedded = _embedder is null ? null : _vectorStore!.EmbeddedDocuments();
        var changed = new List<string>();
        try
        {
            using (BeginBatch())
            {
                foreach (var id in pending)
                {
                    if (RepairOne(id, indexed, embedded)) changed.Add(id);
                    _indexRepairs.TryRemove(id, out _);
                }
            }
        }
        finally
        {
            // What was repaired before a failure is committed and shown, and the rest stays pending.
            if (changed.Count > 0) AfterChange(changed);
        }
        return changed.Count;
    }

    /// <summary>Runs <see cref="RepairIndexes"/> when anything is pending; a failure leaves it pending for the next try.</summary>
    /// <returns>The documents repaired, or null when the repair failed.</returns>
    public int? TryRepairIndexes()
    {
        if (_indexRepairs.IsEmpty) return 0;
        try
        {
            return RepairIndexes();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Remembers the documents of <paramref name="results"/> whose ingestion failed once their id was known.</summary>
    private void NoteFailedIndexing(IReadOnlyList<IngestionResult> results)
    {
        foreach (var failed in results.Where(r => r.Status == IngestionStatus.Failed && !string.IsNullOrEmpty(r.DocumentId)))
        {
            _indexRepairs.TryAdd(failed.DocumentId, 0);
        }
    }

    private bool RepairOne(string id, IReadOnlyDictionary<string, string> indexed, IReadOnlyDictionary<string, string>? embedded)
    {
        if (_store.GetDocument(id) is not { } document)
        {
            var dropped = indexed.ContainsKey(id) || embedded?.ContainsKey(id) == true;
            if (indexed.ContainsKey(id)) _keyword.Remove(id);
            if (embedded?.ContainsKey(id) == true) _embedder!.Remove(id);
            return dropped;
        }
        return BringUpToStore(document, indexed, embedded);
    }

    /// <summary>
    /// Indexes <paramref name="document"/> again from its stored clauses where the keyword index or the vectors hold
    /// another version than the store (<paramref name="indexed"/>, <paramref name="embedded"/>: content hash by id).
    /// </summary>
    /// <returns>True when anything was indexed again.</returns>
    private bool BringUpToStore(
        PolicyDocument document, IReadOnlyDictionary<string, string> indexed, IReadOnlyDictionary<string, string>? embedded)
    {
        var keywordStale = indexed.GetValueOrDefault(document.Id) != document.ContentHash;
        var vectorsStale = embedded is not null && embedded.GetValueOrDefault(document.Id) != document.ContentHash;
        if (!keywordStale && !vectorsStale) return false;
        var clauses = _store.GetClauses(document.Id);
        if (keywordStale) _keyword.Index(document, clauses, _store.FindCitations(document.Id));
        if (vectorsStale) _embedder!.Embed(document, clauses);
        Search.ReadModel.RememberLeading(document, clauses);
        return true;
    }
}
