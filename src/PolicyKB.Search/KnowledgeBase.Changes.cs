using PolicyKB.Corrections;

namespace PolicyKB.Search;

/// <summary>Changes to stored documents outside ingestion (metadata corrections, removal) and what follows every change.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Corrects fields of a document's metadata (<see cref="MetadataFields"/>, values as text, null clears) and keeps each
    /// change in the audit trail; the keyword index is updated at once so facets and filters agree. The corrections made
    /// (empty when every value was already so), or null when the document is not stored.
    /// </summary>
    public IReadOnlyList<MetadataCorrection>? CorrectMetadata(
        string documentId, IReadOnlyDictionary<string, string?> values, string correctedBy, DateTimeOffset correctedAt)
    {
        RequireWritable();
        if (_store.GetDocument(documentId) is not { } document) return null;
        var corrections = values
            .Select(v => (Field: v.Key, Old: MetadataFields.Get(document.Metadata, v.Key), New: v.Value))
            .Where(v => v.Old != v.New)
            .Select(v => new MetadataCorrection(document.Id, document.ContentHash, v.Field, v.Old, v.New, correctedBy, correctedAt))
            .ToList();
        if (corrections.Count == 0) return corrections;
        foreach (var c in corrections) MetadataFields.Set(document.Metadata, c.Field, c.NewValue);
        var facts = _store.GetFacts(documentId);
        var factsChanged = facts is not null && CorrectedFacts.Apply(facts, document.Metadata, corrections.Select(c => c.Field));
        _store.Correct(document, corrections, factsChanged ? facts : null);
        _keyword.Index(document, _store.GetClauses(documentId), _store.FindCitations(documentId));
        AfterChange([documentId]);
        MergeSmallSegmentsSoon();
        return corrections;
    }

    /// <summary>Removes a document from the store and every index; false when it was not stored.</summary>
    public bool Remove(string documentId)
    {
        RequireWritable();
        var removed = _store.Remove(documentId);
        _keyword.Remove(documentId);
        _embedder?.Remove(documentId);
        AfterChange([documentId]);
        return removed;
    }

    /// <summary>
    /// Commits the indexes and brings the search read model up to date: on LiteDB it is marked stale (the next search
    /// reloads it); on the shared store it is updated now — only the <paramref name="changed"/> documents when they are
    /// known, else reloaded whole — because a search there must not need PostgreSQL.
    /// </summary>
    private void AfterChange(IReadOnlyCollection<string>? changed = null)
    {
        _keyword.Commit();
        _store.LinkCitationTargets();
        _liteDb?.Checkpoint();
        if (!IsShared) Search.Invalidate();
        else if (changed is null) Search.ReadModel.Refresh();
        else UpdateReadModel(changed);
    }
}
