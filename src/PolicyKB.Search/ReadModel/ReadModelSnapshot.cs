using System.Collections.Immutable;
using PolicyKB.Documents;
using PolicyKB.Search.References;

namespace PolicyKB.Search.ReadModel;

/// <summary>
/// One consistent view of the stored documents and citations, as loaded or last updated at <see cref="LoadedAt"/>; never
/// changed. Held in immutable maps so a changed document makes a new view in O(log n) (<see cref="With"/>) instead of a
/// reload of every document and citation.
/// </summary>
public sealed class ReadModelSnapshot
{
    private readonly ImmutableSortedDictionary<string, PolicyDocument> _byId;
    private readonly ImmutableDictionary<string, ImmutableArray<Citation>> _citations;
    private readonly Lazy<IReadOnlyList<PolicyDocument>> _documents;
    private readonly Lazy<ReferenceQueryParser> _references;
    private readonly Lazy<DocumentNumberIndex> _numbers;

    /// <summary>Builds the view of <paramref name="documents"/> (ordered by id, kept in the store's order) and <paramref name="citations"/> (in document order).</summary>
    public ReadModelSnapshot(IReadOnlyList<PolicyDocument> documents, IReadOnlyList<Citation> citations, DateTimeOffset? loadedAt)
        : this(
            documents.ToImmutableSortedDictionary(d => d.Id, d => d, StringComparer.Ordinal),
            citations.GroupBy(c => c.DocumentId, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal),
            loadedAt, documents)
    {
    }

    private ReadModelSnapshot(
        ImmutableSortedDictionary<string, PolicyDocument> byId, ImmutableDictionary<string, ImmutableArray<Citation>> citations, DateTimeOffset? loadedAt,
        IReadOnlyList<PolicyDocument>? loadedOrder = null)
    {
        _byId = byId;
        _citations = citations;
        LoadedAt = loadedAt;
        // Built on first use, as the search service's caches were: a node that never parses a reference pays nothing.
        // After a change they are built again from the whole view (CPU only, never the store). A view loaded whole keeps
        // the store's order (LiteDB orders ids by its own collation); one changed per document is in ordinal id order,
        // which is PostgreSQL's (COLLATE "C").
        _documents = new Lazy<IReadOnlyList<PolicyDocument>>(() => loadedOrder ?? byId.Values.ToList());
        _references = new Lazy<ReferenceQueryParser>(() => new ReferenceQueryParser(citations.Values.SelectMany(c => c).Select(c => c.Key)));
        _numbers = new Lazy<DocumentNumberIndex>(() => new DocumentNumberIndex(Documents));
    }

    /// <summary>The view before anything was loaded.</summary>
    public static ReadModelSnapshot Empty { get; } = new([], [], null);

    /// <summary>When it was loaded or last updated (null for <see cref="Empty"/>).</summary>
    public DateTimeOffset? LoadedAt { get; }

    /// <summary>All documents, ordered by id.</summary>
    public IReadOnlyList<PolicyDocument> Documents => _documents.Value;

    /// <summary>How many documents the view holds.</summary>
    public int DocumentCount => _byId.Count;

    /// <summary>The reference parser over every citation key.</summary>
    public ReferenceQueryParser References => _references.Value;

    /// <summary>The document-number index over every document.</summary>
    public DocumentNumberIndex Numbers => _numbers.Value;

    /// <summary>One document, or null.</summary>
    public PolicyDocument? Document(string documentId) => _byId.GetValueOrDefault(documentId);

    /// <summary>A document's citations, in clause order.</summary>
    public IEnumerable<Citation> Citations(string documentId) => _citations.TryGetValue(documentId, out var found) ? found : [];

    /// <summary>This view with each of <paramref name="changes"/> applied (stored again, or gone), as of <paramref name="at"/>.</summary>
    public ReadModelSnapshot With(IEnumerable<ReadModelChange> changes, DateTimeOffset at)
    {
        var byId = _byId.ToBuilder();
        var citations = _citations.ToBuilder();
        foreach (var change in changes)
        {
            if (change.Document is null) byId.Remove(change.DocumentId);
            else byId[change.DocumentId] = change.Document;
            if (change.Document is null || change.Citations.Count == 0) citations.Remove(change.DocumentId);
            else citations[change.DocumentId] = [.. change.Citations];
        }
        return new ReadModelSnapshot(byId.ToImmutable(), citations.ToImmutable(), at);
    }
}
