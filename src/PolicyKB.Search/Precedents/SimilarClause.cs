namespace PolicyKB.Search.Precedents;

/// <summary>A clause of another document worded like the input, with the differences marked.</summary>
public sealed record SimilarClause(
    string ClauseId, string DocumentId, string Source, IReadOnlyList<string> Path, string Label, string Heading, string Text,
    double Score, double Similarity, bool NearDuplicate, IReadOnlyList<DiffSegment> Diff)
{
    /// <summary>Document type.</summary>
    public string? DocumentType { get; init; }

    /// <summary>Document number.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Document title.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>Issuing body.</summary>
    public string? Issuer { get; init; }

    /// <summary>Year of issue.</summary>
    public int? Year { get; init; }

    /// <summary>Issue date, ISO partial.</summary>
    public string? IssuedOn { get; init; }
}
