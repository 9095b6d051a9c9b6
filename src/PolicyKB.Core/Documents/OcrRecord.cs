using System.Globalization;

namespace PolicyKB.Documents;

/// <summary>
/// How much of a document was read by optical character recognition (OCR) and how sure Tesseract was of it. Stored
/// with the document; documents stored before it existed (and every born-digital one) have none, which reads as
/// "not OCR'd".
/// </summary>
public sealed class OcrRecord
{
    /// <summary>The recognised pages, 1-based, in order.</summary>
    public List<int> Pages { get; set; } = [];

    /// <summary>Pages in the document (recognised or not).</summary>
    public int PageCount { get; set; }

    /// <summary>Words Tesseract recognised on those pages (the confidence is their mean).</summary>
    public int WordCount { get; set; }

    /// <summary>
    /// Tesseract's mean word confidence over the recognised pages, 0–100; null when it was not measured (no word was
    /// recognised, or the OCR tool did not report it).
    /// </summary>
    public double? MeanConfidence { get; set; }

    /// <summary>
    /// True when the mean confidence was below the threshold configured when the document was ingested (the document
    /// then carries a warning saying so).
    /// </summary>
    public bool LowConfidence { get; set; }

    /// <summary>True when the mean confidence was measured and is below <paramref name="threshold"/> (0–100).</summary>
    public bool IsLowConfidence(double threshold) => MeanConfidence is { } c && c < threshold;

    /// <summary>The record in one Vietnamese phrase: "3/5 trang, độ tin cậy trung bình 91 %".</summary>
    public string Describe()
    {
        var pages = $"{Pages.Count}/{Math.Max(PageCount, Pages.Count)} trang";
        return MeanConfidence is { } c
            ? $"{pages}, độ tin cậy trung bình {c.ToString("0", CultureInfo.InvariantCulture)} %"
            : $"{pages}, không đo được độ tin cậy";
    }
}
