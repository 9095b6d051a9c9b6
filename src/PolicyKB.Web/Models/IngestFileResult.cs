namespace PolicyKB.Web.Models;

/// <summary>What happened to one uploaded file.</summary>
/// <param name="FileName">The name as uploaded.</param>
/// <param name="DocumentId">The document id (empty when the file failed before one was known).</param>
/// <param name="Status">"stored" (a new document), "replaced" (a new version of a stored document), "unchanged" or "failed".</param>
/// <param name="Bytes">Size received.</param>
/// <param name="Clauses">Clauses stored.</param>
/// <param name="Citations">Citations stored.</param>
/// <param name="Warnings">Warnings raised while reading the document.</param>
/// <param name="Error">Why it failed, in Vietnamese.</param>
public sealed record IngestFileResult(
    string FileName, string DocumentId, string Status, long Bytes, int Clauses, int Citations, IReadOnlyList<string> Warnings, string? Error)
{
    /// <summary>
    /// What the user should know about the document's identity, in Vietnamese: stored under another id because the name
    /// was taken, replaced an earlier version, or identical to a stored document. Null when nothing needs saying.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>Which pages were read by OCR and how confidently ("3/5 trang, độ tin cậy trung bình 91 %"); null when nothing was recognised.</summary>
    public Contracts.OcrView? Ocr { get; init; }
}
