namespace PolicyKB.Documents;

/// <summary>An ingested document: its identity, provenance and metadata. Clauses and citations are stored beside it.</summary>
public sealed class PolicyDocument
{
    /// <summary>Schema version written with every document, so later versions can migrate or re-ingest.</summary>
    public const int CurrentSchemaVersion = 3;

    /// <summary>Slug of the source file name (ASCII, lowercase), the stable document id.</summary>
    public required string Id { get; init; }

    /// <summary>The source file name.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Where the file came from: its full path for files ingested from disk, null for uploads and for documents stored
    /// before origins were recorded. The same origin ingested again is a new version of the same document; another
    /// origin with the same name is another document.
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>SHA-256 of the source bytes, hex; re-ingesting unchanged bytes does nothing.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Format decoded ("txt", "md", "docx", "pdf").</summary>
    public string Format { get; init; } = "";

    /// <summary>Metadata read from the header, preamble and signature block.</summary>
    public DocumentMetadata Metadata { get; init; } = new();

    /// <summary>Number of clauses stored for the document.</summary>
    public int ClauseCount { get; set; }

    /// <summary>Number of citations stored for the document.</summary>
    public int CitationCount { get; set; }

    /// <summary>Which pages were read by OCR and with what mean confidence; null for a document that was not OCR'd.</summary>
    public OcrRecord? Ocr { get; init; }

    /// <summary>Warnings raised while ingesting (repairs that were uncertain, numbering anomalies).</summary>
    public List<string> Warnings { get; init; } = [];

    /// <summary>When the document was ingested.</summary>
    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>Schema version of the stored record.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
