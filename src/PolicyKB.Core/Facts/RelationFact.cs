namespace PolicyKB.Facts;

/// <summary>What a document does to another document: "bãi bỏ", "thay thế", "sửa đổi, bổ sung", "thực hiện" ….</summary>
public sealed class RelationFact
{
    /// <summary>One of <see cref="RelationKinds"/>.</summary>
    public string Relation { get; set; } = "";

    /// <summary>The target's canonical citation key ("72/2020/NĐ-CP").</summary>
    public string TargetKey { get; set; } = "";

    /// <summary>"whole", or "part" when only named parts are affected ("bãi bỏ Điều 3", "các quy định về …").</summary>
    public string Scope { get; set; } = RelationScopes.Whole;

    /// <summary>The affected part as printed, for a partial scope.</summary>
    public string? Part { get; set; }

    /// <summary>When the relation takes effect (ISO), or null when the document does not say.</summary>
    public string? EffectiveOn { get; set; }

    /// <summary>True when it takes effect on signing.</summary>
    public bool EffectiveOnSigning { get; set; }

    /// <summary>The clause that states it.</summary>
    public string ClauseId { get; set; } = "";

    /// <summary>First source line of that clause.</summary>
    public int Line { get; set; }

    /// <summary>Where it was read: "title", "body" or "list".</summary>
    public string Source { get; set; } = "body";
}
