using PolicyKB.Documents;
using PolicyKB.Storage;

namespace PolicyKB.Facts;

/// <summary>Each document's one-line name and place, read from the store once per query however many facts it has.</summary>
internal sealed class DocumentNames(IDocumentStore store)
{
    private readonly Dictionary<string, PolicyDocument?> _documents = new(StringComparer.Ordinal);

    /// <summary>The document's one-line name, or null when it is not stored.</summary>
    public string? Name(string documentId) => Get(documentId) is { } document ? DocumentLabel.Of(document) : null;

    /// <summary>The document's place of issue, or null.</summary>
    public string? Place(string documentId) => Get(documentId)?.Metadata.Place;

    private PolicyDocument? Get(string documentId)
    {
        if (!_documents.TryGetValue(documentId, out var document))
            _documents[documentId] = document = store.GetDocument(documentId);
        return document;
    }
}
