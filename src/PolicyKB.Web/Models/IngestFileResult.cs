namespace PolicyKB.Web.Models;

/// <summary>What happened to one uploaded file.</summary>
/// <param name="FileName">The name as uploaded.</param>
/// <param name="DocumentId">The document id (empty when the file failed before one was known).</param>
/// <param name="Status">"stored", "unchanged" or "failed".</param>
/// <param name="Bytes">Size received.</param>
/// <param name="Clauses">Clauses stored.</param>
/// <param name="Citations">Citations stored.</param>
/// <param name="Warnings">Warnings raised while reading the document.</param>
/// <param name="Error">Why it failed, in Vietnamese.</param>
public sealed record IngestFileResult(
    string FileName, string DocumentId, string Status, long Bytes, int Clauses, int Citations, IReadOnlyList<string> Warnings, string? Error);
