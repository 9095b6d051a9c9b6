namespace PolicyKB.Storage;

/// <summary>
/// A write was refused because another document already holds the same bytes (same content hash): on a shared store,
/// another node committed them first, after this one's identity check. Not an error for the user: the ingestion that
/// meets it decides the file's identity again and answers "unchanged", as a single node does for a repeated upload.
/// </summary>
public sealed class ContentAlreadyStoredException : InvalidOperationException
{
    /// <summary>Creates the exception for a write of <paramref name="documentId"/> refused over <paramref name="contentHash"/>.</summary>
    public ContentAlreadyStoredException(string documentId, string contentHash, Exception? inner = null)
        : base($"nội dung của văn bản '{documentId}' đã được lưu dưới một văn bản khác (có thể do máy khác vừa lưu cùng lúc)", inner)
    {
        DocumentId = documentId;
        ContentHash = contentHash;
    }

    /// <summary>The document whose write was refused.</summary>
    public string DocumentId { get; }

    /// <summary>SHA-256 (hex) of the bytes already stored.</summary>
    public string ContentHash { get; }
}
