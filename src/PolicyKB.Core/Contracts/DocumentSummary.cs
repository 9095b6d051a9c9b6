using PolicyKB.Documents;

namespace PolicyKB.Contracts;

/// <summary>A document as listed by <c>policykb documents --json</c> and the documents API.</summary>
public sealed record DocumentSummary(
    string Id, string Source, string? Type, string? Number, string? Title, string? Issuer, string? Place,
    string? IssuedOn, string? Signer, int ClauseCount, int CitationCount)
{
    /// <summary>Signer's position.</summary>
    public string? SignerPosition { get; init; }

    /// <summary>Source format.</summary>
    public string Format { get; init; } = "";

    /// <summary>Ingestion warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The issue date inferred from the latest date the document cites, when it prints none (ISO partial form); shown
    /// marked as inferred, never as the printed date. Null when the date is printed or nothing could be inferred.
    /// </summary>
    public string? InferredIssuedOn { get; init; }

    /// <summary>Which pages were read by OCR and how confidently; null when the document was not OCR'd.</summary>
    public OcrView? Ocr { get; init; }

    /// <summary>Projects a stored document.</summary>
    public static DocumentSummary From(PolicyDocument d) => new(
        d.Id, d.Source, d.Metadata.Type, d.Metadata.Number, d.Metadata.Title, d.Metadata.Issuer, d.Metadata.Place,
        d.Metadata.IssuedOn?.ToString(), d.Metadata.Signer, d.ClauseCount, d.CitationCount)
    {
        SignerPosition = d.Metadata.SignerPosition,
        Format = d.Format,
        Warnings = d.Warnings,
        Ocr = d.Ocr is null ? null : OcrView.From(d.Ocr),
    };
}
