using PolicyKB.Documents;

namespace PolicyKB.Contracts;

/// <summary>What OCR read of a document, as the API and the document page show it.</summary>
/// <param name="Pages">The recognised pages, 1-based.</param>
/// <param name="PageCount">Pages in the document.</param>
/// <param name="MeanConfidence">Tesseract's mean word confidence, 0–100; null when not measured.</param>
/// <param name="LowConfidence">True when the confidence was below the threshold configured at ingestion (a warning says so).</param>
/// <param name="Text">The same in one Vietnamese phrase: "3/5 trang, độ tin cậy trung bình 91 %".</param>
public sealed record OcrView(IReadOnlyList<int> Pages, int PageCount, double? MeanConfidence, bool LowConfidence, string Text)
{
    /// <summary>Projects a stored OCR record.</summary>
    public static OcrView From(OcrRecord record) =>
        new(record.Pages, Math.Max(record.PageCount, record.Pages.Count), record.MeanConfidence, record.LowConfidence, record.Describe());
}
