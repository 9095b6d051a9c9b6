using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Parsing;

namespace PolicyKB.Ingestion;

/// <summary>Everything known about one file as it moves through the ingestion steps.</summary>
public sealed class IngestionContext
{
    /// <summary>Creates the context for a file.</summary>
    public IngestionContext(string sourcePath, string fileName, IngestRequest? request = null)
    {
        SourcePath = sourcePath;
        FileName = fileName;
        Request = request ?? IngestRequest.FromDisk;
    }

    /// <summary>Where the file comes from and whether it may replace a same-named document.</summary>
    public IngestRequest Request { get; }

    /// <summary>Path the file was read from (may be a temporary upload path).</summary>
    public string SourcePath { get; }

    /// <summary>The file name users know the document by.</summary>
    public string FileName { get; }

    /// <summary>Stable document id derived from the file name.</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>The file's bytes.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>SHA-256 of <see cref="Content"/>, hex.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The decoded format ("txt", "md", "docx", "pdf").</summary>
    public string Format { get; set; } = "";

    /// <summary>Lines after decoding, then after repair.</summary>
    public IReadOnlyList<SourceLine> Lines { get; set; } = [];

    /// <summary>The pages read by OCR and their mean confidence, from the decoder; null when nothing was recognised.</summary>
    public OcrRecord? Ocr { get; set; }

    /// <summary>Metadata read from header, preamble and signature.</summary>
    public DocumentMetadata Metadata { get; set; } = new();

    /// <summary>Body segments to split into clauses (main body, attachments).</summary>
    public IReadOnlyList<BodySegment> Segments { get; set; } = [];

    /// <summary>The clause tree in document order.</summary>
    public List<Clause> Clauses { get; } = [];

    /// <summary>Citations found in the clauses.</summary>
    public List<Citation> Citations { get; } = [];

    /// <summary>Facts read by the facts step (signer, dates, relations, tasks, targets); null before it runs.</summary>
    public Facts.DocumentFacts? Facts { get; set; }

    /// <summary>Warnings to keep with the document.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>
    /// Work done ahead for a step after the save, keyed by its type (the keyword index's reading of the clause texts): a
    /// run-ahead step prepares it on the preparing thread, so the writing thread, the slower of the two, only writes.
    /// </summary>
    public Dictionary<Type, object> Prepared { get; } = [];

    /// <summary>The document record as saved (set by the save step, read by the indexing steps after it).</summary>
    public PolicyDocument? Document { get; set; }

    /// <summary>True when the stored document already has this content.</summary>
    public bool Unchanged { get; set; }

    /// <summary>True when the file is a new version of a stored document (the same file again, or an asked-for replacement).</summary>
    public bool ReplacesExisting { get; set; }

    /// <summary>The origin recorded with the document (full path, or "upload").</summary>
    public string? Origin { get; set; }

    /// <summary>A sentence for the user about the document's identity (renamed id, replacement, duplicate), or null.</summary>
    public string? IdentityNote { get; set; }
}
