namespace PolicyKB.Decoding;

/// <summary>The text of a file as a decoder read it, line by line, before repair.</summary>
/// <param name="Format">Short format name ("txt", "md", "docx", "pdf").</param>
/// <param name="Lines">The lines in reading order.</param>
public sealed record DecodedText(string Format, IReadOnlyList<SourceLine> Lines)
{
    /// <summary>Warnings raised while decoding (a page without text layer, an unreadable table).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The pages read by OCR and Tesseract's confidence in them; null when nothing was recognised.</summary>
    public Documents.OcrRecord? Ocr { get; init; }
}
