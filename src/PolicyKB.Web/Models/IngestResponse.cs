namespace PolicyKB.Web.Models;

/// <summary>The result of an upload, file by file.</summary>
/// <param name="Files">One result per file, in upload order.</param>
/// <param name="Stored">Files stored as new documents.</param>
/// <param name="Replaced">Files that replaced an earlier version of a stored document.</param>
/// <param name="Unchanged">Files already stored with the same content.</param>
/// <param name="Failed">Files that could not be ingested; the store holds nothing of them.</param>
public sealed record IngestResponse(IReadOnlyList<IngestFileResult> Files, int Stored, int Replaced, int Unchanged, int Failed);
