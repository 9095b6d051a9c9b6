using PolicyKB.Documents;

namespace PolicyKB.Citations;

/// <summary>A span proposed by one rule, before overlaps are settled and short forms resolved.</summary>
internal sealed class CitationCandidate
{
    /// <summary>Offset of the span.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the span.</summary>
    public required int Length { get; set; }

    /// <summary>How the document is referred to.</summary>
    public required CitationKind Kind { get; init; }

    /// <summary>Canonical key as far as the rule can tell.</summary>
    public required string Key { get; set; }

    /// <summary>Full type word.</summary>
    public string? Type { get; set; }

    /// <summary>Canonical số hiệu.</summary>
    public string? Number { get; set; }

    /// <summary>Printed date.</summary>
    public PartialDate? Date { get; set; }

    /// <summary>Printed issuer.</summary>
    public string? Issuer { get; set; }

    /// <summary>Trích yếu or name.</summary>
    public string? Name { get; set; }

    /// <summary>Serial of a short form ("25" of "Chỉ thị 25"), for scope look-ups.</summary>
    public string? Serial { get; init; }

    /// <summary>Index of the producing rule in the builder's order; lower wins ties.</summary>
    public int Priority { get; set; }

    /// <summary>
    /// A citation inside another one (a law named in an amending law's name): kept only inside a longer accepted span,
    /// so two citations may overlap.
    /// </summary>
    public bool Nested { get; set; }

    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;
}
