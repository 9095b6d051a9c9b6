namespace PolicyKB.Facts;

/// <summary>A target with the document that sets it.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Target">The target.</param>
public sealed record FoundTarget(string DocumentId, TargetFact Target)
{
    /// <summary>The document's one-line name ("Kế hoạch 36/KH-SYT – …"), for comparisons across documents.</summary>
    public string? DocumentName { get; init; }

    /// <summary>The document's place (province or district) from its header, for comparing places when the target names none.</summary>
    public string? DocumentPlace { get; init; }

    /// <summary>The document's issue year (printed or inferred), for ordering a comparison in time.</summary>
    public int? DocumentYear { get; init; }

    /// <summary>True when <see cref="DocumentYear"/> is not printed but inferred from the latest date the document cites.</summary>
    public bool DocumentYearInferred { get; init; }
}
