using PolicyKB.Documents;
using PolicyKB.Search.References;

namespace PolicyKB.Search.ReadModel;

/// <summary>One consistent view of the stored documents and citations, as loaded at <see cref="LoadedAt"/>; never changed.</summary>
public sealed class ReadModelSnapshot
{
    private readonly Dictionary<string, PolicyDocument> _byId;
    private readonly ILookup<string, Citation> _citations;
    private readonly Lazy<ReferenceQueryParser> _references;
    private readonly Lazy<DocumentNumberIndex> _numbers;

    /// <summary>Builds the view of <paramref name="documents"/> (ordered by id) and <paramref name="citations"/> (in document order).</summary>
    public ReadModelSnapshot(IReadOnlyList<PolicyDocument> documents, IReadOnlyList<Citation> citations, DateTimeOffset? loadedAt)
    {
        Documents = documents;
        LoadedAt = loadedAt;
        _byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _citations = citations.ToLookup(c => c.DocumentId, StringComparer.Ordinal);
        // Built on first use, as the search service's caches were: a node that never parses a reference pays nothing.
        _references = new Lazy<ReferenceQueryParser>(() => new ReferenceQueryParser(citations.Select(c => c.Key)));
        _numbers = new Lazy<DocumentNumberIndex>(() => new DocumentNumberIndex(documents));
    }

    /// <summary>The view before anything was loaded.</summary>
    public static ReadModelSnapshot Empty { get; } = new([], [], null);

    /// <summary>When it was loaded (null for <see cref="Empty"/>).</summary>
    public DateTimeOffset? LoadedAt { get; }

    /// <summary>All documents, ordered by id.</summary>
    public IReadOnlyList<PolicyDocument> Documents { get; }

    /// <summary>The reference parser over every citation key.</summary>
    public ReferenceQueryParser References => _references.Value;

    /// <summary>The document-number index over every document.</summary>
    public DocumentNumberIndex Numbers => _numbers.Value;

    /// <summary>One document, or null.</summary>
    public PolicyDocument? Document(string documentId) => _byId.GetValueOrDefault(documentId);

    /// <summary>A document's citations, in clause order.</summary>
    public IEnumerable<Citation> Citations(string documentId) => _citations[documentId];
}
