namespace PolicyKB.Search;

/// <summary>
/// Optional restrictions on the clauses searched. Type, issuer and province match a document's whole value, without
/// case but with diacritics (see <see cref="DocumentFilter"/>).
/// </summary>
public sealed record SearchFilters
{
    /// <summary>Document type ("Kế hoạch", "ke hoach").</summary>
    public string? Type { get; init; }

    /// <summary>The issuing body, as the facet lists it ("Sở Y tế tỉnh Hà Tĩnh").</summary>
    public string? Issuer { get; init; }

    /// <summary>Province or city ("Hà Tĩnh").</summary>
    public string? Province { get; init; }

    /// <summary>Year of issue.</summary>
    public int? Year { get; init; }

    /// <summary>Clause kind ("section", "item", "point", "bullet", "article"…).</summary>
    public string? Kind { get; init; }

    /// <summary>Restrict to one document.</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// Restrict to these documents; set by <see cref="DocumentFilter.Resolve"/> from the document-level facets so every
    /// index applies them exactly. Null for no restriction; an empty set matches nothing.
    /// </summary>
    public IReadOnlySet<string>? DocumentIds { get; init; }

    /// <summary>True when no filter is set.</summary>
    public bool IsEmpty => Type is null && Issuer is null && Province is null && Year is null && Kind is null && DocumentId is null && DocumentIds is null;
}
