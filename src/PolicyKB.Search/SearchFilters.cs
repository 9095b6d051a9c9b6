namespace PolicyKB.Search;

/// <summary>Optional restrictions on the clauses searched. Values compare without case or diacritics.</summary>
public sealed record SearchFilters
{
    /// <summary>Document type ("Kế hoạch", "ke hoach").</summary>
    public string? Type { get; init; }

    /// <summary>Words the issuer must contain ("Sở Y tế", "ha tinh").</summary>
    public string? Issuer { get; init; }

    /// <summary>Province or city ("Hà Tĩnh").</summary>
    public string? Province { get; init; }

    /// <summary>Year of issue.</summary>
    public int? Year { get; init; }

    /// <summary>Clause kind ("section", "item", "point", "bullet", "article"…).</summary>
    public string? Kind { get; init; }

    /// <summary>Restrict to one document.</summary>
    public string? DocumentId { get; init; }

    /// <summary>True when no filter is set.</summary>
    public bool IsEmpty => Type is null && Issuer is null && Province is null && Year is null && Kind is null && DocumentId is null;
}
