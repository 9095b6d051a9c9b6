namespace PolicyKB.Search.Precedents;

/// <summary>What to find precedents for: a stored clause, or a paragraph a drafter pasted.</summary>
public sealed record SimilarRequest
{
    /// <summary>Longest pasted text accepted, in characters.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>A clause id ("doc/III.2.b"); its own document is excluded from the results.</summary>
    public string? ClauseId { get; init; }

    /// <summary>A pasted paragraph.</summary>
    public string? Text { get; init; }

    /// <summary>Number of precedents wanted (1–50).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Restrictions (type, issuer, province, year, kind).</summary>
    public SearchFilters Filters { get; init; } = new();
}
