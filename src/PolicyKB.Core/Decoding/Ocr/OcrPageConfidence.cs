namespace PolicyKB.Decoding.Ocr;

/// <summary>The words Tesseract recognised on one page and the sum of their confidences (0–100 each).</summary>
/// <param name="Words">Recognised words.</param>
/// <param name="ConfidenceSum">Sum of their confidences; the page's mean is this over <paramref name="Words"/>.</param>
public sealed record OcrPageConfidence(int Words, double ConfidenceSum);
