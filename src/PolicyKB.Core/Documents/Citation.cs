namespace PolicyKB.Documents;

/// <summary>A reference from a clause to another document, with its exact span in the clause text.</summary>
public sealed class Citation
{
    /// <summary>Id of the citing document.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Id of the citing clause.</summary>
    public required string ClauseId { get; init; }

    /// <summary>The reference as printed.</summary>
    public required string Raw { get; init; }

    /// <summary>Offset of <see cref="Raw"/> in the clause's <see cref="Clause.Text"/>.</summary>
    public int Start { get; init; }

    /// <summary>Length of the span in the clause text.</summary>
    public int Length { get; init; }

    /// <summary>Canonical key, identical for the same cited document across files and spellings.</summary>
    public required string Key { get; init; }

    /// <summary>Document type word in full form ("Quyết định", "Chỉ thị"), when known.</summary>
    public string? Type { get; init; }

    /// <summary>Canonical số hiệu ("281/QĐ-TTg"), or null for a named reference without number.</summary>
    public string? Number { get; init; }

    /// <summary>Issue date of the cited document as printed, in ISO partial form.</summary>
    public string? Date { get; init; }

    /// <summary>Issuer of the cited document ("Thủ tướng Chính phủ"), when printed.</summary>
    public string? Issuer { get; init; }

    /// <summary>Name of the cited document (title or "Luật Dược") when printed.</summary>
    public string? Name { get; init; }

    /// <summary>True when the citation is part of the legal basis (the "Căn cứ…/Thực hiện…" preamble or title).</summary>
    public bool Basis { get; set; }

    /// <summary>The source line where the citation starts (not the clause's first line: paragraphs join wrapped lines).</summary>
    public int LineStart { get; init; }

    /// <summary>The source line where the citation ends (a citation may run over a hard line wrap).</summary>
    public int LineEnd { get; init; }

    /// <summary>Offset in the clause text where the citation starts (same as <see cref="Start"/>).</summary>
    public int CharStart => Start;

    /// <summary>Offset in the clause text just after the citation.</summary>
    public int CharEnd => Start + Length;

    /// <summary>The id of the cited document when it is itself in the knowledge base.</summary>
    public string? TargetDocumentId { get; set; }
}
