using PolicyKB.Storage;

namespace PolicyKB.Ingestion;

/// <summary>How a file reaches ingestion.</summary>
/// <param name="IsUpload">True for uploads, which have no path on this machine: they never replace a stored
/// document unless <paramref name="Replace"/> is set.</param>
/// <param name="Replace">True when the user explicitly asked that a stored document with the same file name be
/// replaced (<c>--replace</c> on the command line, <c>replace=true</c> in the API).</param>
public sealed record IngestRequest(bool IsUpload, bool Replace)
{
    /// <summary>
    /// Set when a kept original is read again (after a schema change): the document keeps its id and origin instead of
    /// being identified anew.
    /// </summary>
    public OriginalFile? Reread { get; init; }

    /// <summary>A file read from disk, not replacing anything it is not.</summary>
    public static IngestRequest FromDisk { get; } = new(false, false);

    /// <summary>An upload, not replacing anything.</summary>
    public static IngestRequest Upload { get; } = new(true, false);
}
