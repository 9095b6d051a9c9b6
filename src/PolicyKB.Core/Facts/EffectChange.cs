namespace PolicyKB.Facts;

/// <summary>One stored document's relation to the document asked about.</summary>
public sealed class EffectChange
{
    /// <summary>The acting document's number (its citation key), or its id when it prints no number.</summary>
    public string Key { get; set; } = "";

    /// <summary>The acting document's id in the store.</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>One of <see cref="RelationKinds"/>.</summary>
    public string Relation { get; set; } = "";

    /// <summary>"whole" or "part".</summary>
    public string Scope { get; set; } = RelationScopes.Whole;

    /// <summary>When it takes effect (ISO), or null when unknown.</summary>
    public string? EffectiveOn { get; set; }

    /// <summary>The clause stating it.</summary>
    public string ClauseId { get; set; } = "";
}
