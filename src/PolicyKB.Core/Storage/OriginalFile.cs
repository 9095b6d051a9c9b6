namespace PolicyKB.Storage;

/// <summary>The file a document was read from, kept byte for byte so the document can be read again.</summary>
/// <param name="DocumentId">The document it belongs to.</param>
/// <param name="FileName">The name users know it by.</param>
/// <param name="Origin">Its full path on disk, or "upload".</param>
/// <param name="ContentHash">SHA-256 of <paramref name="Content"/>, hex.</param>
/// <param name="Content">The bytes as received.</param>
public sealed record OriginalFile(string DocumentId, string FileName, string? Origin, string ContentHash, byte[] Content);
