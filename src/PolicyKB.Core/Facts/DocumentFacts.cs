namespace PolicyKB.Facts;

/// <summary>
/// What a document states as facts: who signed it, when it was issued and takes effect, what it does to other
/// documents, the tasks it assigns and the targets it sets. Each fact names the clause and source line it comes from.
/// Nothing is invented: a value the text does not give stays null and the fact is marked partial.
/// </summary>
public sealed class DocumentFacts
{
    /// <summary>The document's id.</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>The signer, or null when the document prints no signature block.</summary>
    public SignerFact? Signer { get; set; }

    /// <summary>Issue date in ISO partial form ("2021-01-29", "2021-01"), printed or inferred.</summary>
    public string? IssuedOn { get; set; }

    /// <summary>True when <see cref="IssuedOn"/> is not printed but inferred from the latest date the document cites.</summary>
    public bool IssuedOnInferred { get; set; }

    /// <summary>Effective date in ISO form when printed ("có hiệu lực từ ngày …").</summary>
    public string? EffectiveOn { get; set; }

    /// <summary>True when the document takes effect on signing ("kể từ ngày ký", "kể từ ngày ban hành").</summary>
    public bool EffectiveOnSigning { get; set; }

    /// <summary>The clause stating the effective date.</summary>
    public string? EffectiveClauseId { get; set; }

    /// <summary>Recipients listed under "Nơi nhận".</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>What this document does to other documents (repeals, replaces, amends, …).</summary>
    public List<RelationFact> Relations { get; set; } = [];

    /// <summary>Tasks assigned, from task sections and annex tables, in document order.</summary>
    public List<TaskFact> Tasks { get; set; } = [];

    /// <summary>Targets (chỉ tiêu) set, in document order.</summary>
    public List<TargetFact> Targets { get; set; } = [];
}
