using PolicyKB.Search.ReadModel;
using PolicyKB.Search.References;
using PolicyKB.Search.Replication;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;

namespace PolicyKB.Search;

/// <summary>The replica side of a knowledge base on the shared store: applying the change log to the local indexes.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>The follower of the shared store's change log; null on the embedded LiteDB store.</summary>
    public ReplicaFollower? Replica { get; private set; }

    /// <summary>
    /// Counts what this node's indexes hold (Lucene documents and clauses, embedded documents and vector rows). Reads
    /// every document marker of the index: meant for health checks and tests, not for each request of a busy page.
    /// </summary>
    public ReplicaIndexCounts CountIndexes() => new(
        _keyword.IndexedDocuments().Count, _keyword.ClauseCount, _vectorStore?.EmbeddedDocuments().Count ?? 0, _vectorStore?.Index.Count ?? 0);

    /// <summary>
    /// Applies changes of the shared store to this node's indexes: each document changed (its latest change counts) is
    /// indexed again as stored now, or removed when no longer stored; the vector file is written once and the index
    /// committed before returning, and the search read model reloaded. Idempotent: replaying a change does no harm.
    /// Returns the number of documents touched.
    /// </summary>
    public int ApplyChanges(IReadOnlyList<StoreChange> changes)
    {
        RequireWritable();
        var documentIds = changes.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        if (documentIds.Count == 0) return 0;
        var embedded = _embedder is null ? null : _vectorStore!.EmbeddedDocuments();
        var states = new List<ReadModelChange>(documentIds.Count);
        using (BeginBatch())
        {
            foreach (var id in documentIds)
            {
                // Read as stored now rather than trusting the change's kind: a later change may have undone it.
                if (_store.GetDocument(id) is not { } document)
                {
                    _keyword.Remove(id);
                    _embedder?.Remove(id);
                    states.Add(new ReadModelChange(id, null, []));
                    continue;
                }
                var clauses = _store.GetClauses(id);
                var citations = _store.FindCitations(id);
                // Metadata corrections keep the content hash: the keyword index (facets) is always redone, the
                // embeddings only when the text changed — this node's own writes come back here too.
                _keyword.Index(document, clauses, citations);
                if (embedded is not null && embedded.GetValueOrDefault(id) != document.ContentHash) _embedder!.Embed(document, clauses);
                Search.ReadModel.RememberLeading(document, clauses);
                states.Add(new ReadModelChange(id, document, citations));
            }
        }
        _keyword.Commit();
        // Only the documents of this page change in the read model: no reload of every document and citation.
        Search.ReadModel.Apply(states);
        return documentIds.Count;
    }

    /// <summary>
    /// Loads the search read model whole, with every document's leading clauses read in one query, so that no search
    /// on this node reads PostgreSQL afterwards (docs/scale-out.md).
    /// </summary>
    private void LoadReadModel()
    {
        Search.ReadModel.Refresh();
        var leading = ((PostgresDocumentStore)_store).ListLeadingClauses()
            .Select(c => (c.DocumentId, c.ContentHash, Ids: NamedDocumentClauses.LeadingOf(c)))
            .Where(c => c.Ids is not null)
            .ToDictionary(c => c.DocumentId, c => (c.ContentHash, c.Ids!), StringComparer.Ordinal);
        Search.ReadModel.RememberLeading(leading);
    }

    /// <summary>
    /// Updates the read model with <paramref name="documentIds"/> as stored now, after this node wrote them. When the
    /// store cannot be read just after the write, the follower brings the same change back through the log.
    /// </summary>
    private void UpdateReadModel(IReadOnlyCollection<string> documentIds)
    {
        try
        {
            Search.ReadModel.Apply(documentIds.Select(id => _store.GetDocument(id) is { } document
                ? new ReadModelChange(id, document, _store.FindCitations(id))
                : new ReadModelChange(id, null, [])).ToList());
        }
        catch (StoreUnavailableException)
        {
            // Kept as it was: the change log replays this write when the store is back.
        }
    }

    /// <summary>
    /// Starts following the shared store: a replica that has recorded no sequence (a new node, or one whose folder was
    /// emptied) has just been rebuilt by <see cref="Synchronize"/> from the documents stored after <paramref name="headBeforeRebuild"/>
    /// was read, so it follows from there; otherwise from what it recorded (changes since are replayed).
    /// </summary>
    private void StartReplica(string dataDirectory, long headBeforeRebuild)
    {
        var file = new ReplicaSequenceFile(dataDirectory);
        var recorded = file.Read();
        if (recorded is null) file.Write(headBeforeRebuild);
        Replica = new ReplicaFollower((PostgresDocumentStore)_store, file, recorded ?? headBeforeRebuild, () => _keyword.IndexedDocuments().Keys, TimeProvider.System);
    }

    /// <summary>
    /// Deletes the shared change log's entries older than <paramref name="retention"/> and records the trim point;
    /// returns how many went, or null when another node is trimming now. Only on the shared PostgreSQL store.
    /// </summary>
    public int? TrimChangeLog(ChangeRetention retention) =>
        (_store as PostgresDocumentStore ?? throw new InvalidOperationException("The change log exists only on the shared PostgreSQL store."))
            .TrimChanges(retention, TimeProvider.System.GetUtcNow());
}
