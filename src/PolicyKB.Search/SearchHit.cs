using PolicyKB.Search.Keyword;

namespace PolicyKB.Search;

/// <summary>One clause found, with what a result list shows.</summary>
public sealed record SearchHit(
    string ClauseId, string DocumentId, string Source, IReadOnlyList<string> Path, string Label, string Heading, string Text,
    double Score, IReadOnlyList<HighlightSpan> Highlights)
{
    /// <summary>Kind of clause ("section", "item", "point"…).</summary>
    public string Kind { get; init; } = "";

    /// <summary>Document type ("Kế hoạch").</summary>
    public string? DocumentType { get; init; }

    /// <summary>Document number ("36/KH-SYT").</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Document title.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>Issuing body.</summary>
    public string? Issuer { get; init; }

    /// <summary>Issue date, ISO partial.</summary>
    public string? IssuedOn { get; init; }

    /// <summary>
    /// True when the clause really matches the query (all its words, a document it names, a clause citing one); false for
    /// a clause that is only related ("Có thể liên quan") and is not counted in <see cref="SearchResponse.Total"/>.
    /// </summary>
    public bool Matches { get; init; }

    /// <summary>True when the hit belongs to a document the query named by its own number.</summary>
    public bool InNamedDocument { get; init; }

    /// <summary>True when the hit cites a document the query refers to.</summary>
    public bool CitesQueriedDocument { get; init; }
}
