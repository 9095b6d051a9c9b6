using PolicyKB.Decoding.Ocr;

namespace PolicyKB.Web.Models;

/// <summary>Where the OCR of an upload stands.</summary>
/// <param name="FileName">The file being recognised.</param>
/// <param name="Page">The page being recognised (1-based, among the pages to recognise).</param>
/// <param name="PageCount">Pages to recognise.</param>
/// <param name="RemainingSeconds">Expected seconds left; null until the first page is done.</param>
/// <param name="Text">The same for users: "OCR trang 3/12 — còn khoảng 40 s".</param>
public sealed record IngestProgressView(string FileName, int Page, int PageCount, int? RemainingSeconds, string Text)
{
    /// <summary>Projects an OCR progress report.</summary>
    public static IngestProgressView From(OcrProgress progress) => new(progress.FileName, progress.Page, progress.PageCount,
        progress.Remaining is { } left ? (int)Math.Ceiling(left.TotalSeconds) : null, progress.Describe());
}
