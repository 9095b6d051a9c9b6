using PolicyKB.Documents;

namespace PolicyKB.Contracts;

/// <summary>A citation as listed by <c>policykb citations --json</c> and the citations API.</summary>
public sealed record CitationView(
    string DocumentId, string ClauseId, string Raw, string Key, string? Type, string? Number, string? Date,
    string? Issuer, string? Name, bool Basis, int LineStart)
{
    /// <summary>Offset of the span in the clause text.</summary>
    public int Start { get; init; }

    /// <summary>Length of the span.</summary>
    public int Length { get; init; }

    /// <summary>The cited document when it is in the knowledge base.</summary>
    public string? TargetDocumentId { get; init; }

    /// <summary>The source line where the citation ends; with <c>LineStart</c> the lines the citation is printed on.</summary>
    public int LineEnd { get; init; }

    /// <summary>Offset in the clause text where the citation starts, for highlighting the exact span.</summary>
    public int CharStart => Start;

    /// <summary>Offset in the clause text just after the citation.</summary>
    public int CharEnd => Start + Length;

    /// <summary>Projects a stored citation.</summary>
    public static CitationView From(Citation c) => new(
        c.DocumentId, c.ClauseId, c.Raw, c.Key, c.Type, c.Number, c.Date, c.Issuer, c.Name, c.Basis, c.LineStart)
    {
        Start = c.Start,
        Length = c.Length,
        TargetDocumentId = c.TargetDocumentId,
        LineEnd = c.LineEnd,
    };
}
