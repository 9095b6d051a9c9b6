using PolicyKB.Documents;

namespace PolicyKB.Decoding.Ocr;

/// <summary>What <see cref="OcrEngine"/> made: the PDF with its new text layer, and Tesseract's confidence per recognised page.</summary>
/// <param name="Pdf">The PDF, every page with a text layer.</param>
/// <param name="Pages">The recognised pages (1-based) with their words and confidences.</param>
public sealed record OcrOutput(byte[] Pdf, IReadOnlyDictionary<int, OcrPageConfidence> Pages)
{
    /// <summary>
    /// The record stored with the document: the recognised pages (those of <paramref name="asked"/>, when given, that
    /// Tesseract reported, else every reported page) and the mean confidence over all their words, so a page of a few
    /// words weighs less than a full page.
    /// </summary>
    public OcrRecord ToRecord(int pageCount, IReadOnlyCollection<int>? asked = null)
    {
        var pages = asked is { Count: > 0 } ? asked.Order().ToList() : Pages.Keys.Order().ToList();
        var measured = pages.Select(p => Pages.GetValueOrDefault(p)).OfType<OcrPageConfidence>().ToList();
        var words = measured.Sum(p => p.Words);
        return new OcrRecord
        {
            Pages = pages,
            PageCount = Math.Max(pageCount, pages.Count == 0 ? 0 : pages.Max()),
            WordCount = words,
            MeanConfidence = words == 0 ? null : Math.Round(measured.Sum(p => p.ConfidenceSum) / words, 1),
        };
    }
}
