namespace PolicyKB.Facts;

/// <summary>A task (nhiệm vụ) assigned by a plan: what, who leads, who cooperates, by when, producing what.</summary>
public sealed class TaskFact
{
    /// <summary>The task as printed (one sentence or table cell), whitespace squashed.</summary>
    public string Text { get; set; } = "";

    /// <summary>
    /// The agency assigned or leading (chủ trì), canonical within the document; null when not stated. When the cell
    /// names several ("Sở Y tế; UBND các huyện"), the first: <see cref="Leads"/> holds them all.
    /// </summary>
    public string? Lead { get; set; }

    /// <summary>
    /// Every lead agency named, in order, the first being <see cref="Lead"/>. Empty in facts stored before several
    /// were kept: read them through <see cref="LeadAgencies"/>, which falls back on <see cref="Lead"/>.
    /// </summary>
    public List<string> Leads { get; set; } = [];

    /// <summary>Cooperating agencies (phối hợp), canonical.</summary>
    public List<string> Cooperating { get; set; } = [];

    /// <summary>Deadline or period, or null when none is stated.</summary>
    public Deadline? Deadline { get; set; }

    /// <summary>Expected output (sản phẩm), when a table gives it.</summary>
    public string? Output { get; set; }

    /// <summary>The clause holding the task.</summary>
    public string ClauseId { get; set; } = "";

    /// <summary>First source line of the task.</summary>
    public int Line { get; set; }

    /// <summary>Where it was read: "text" or "table".</summary>
    public string Source { get; set; } = "text";

    /// <summary>True when the lead agency is missing (a row with merged or empty cells).</summary>
    public bool Partial { get; set; }

    /// <summary>Every lead agency: <see cref="Leads"/>, or <see cref="Lead"/> alone for facts stored before several were kept.</summary>
    public IReadOnlyList<string> LeadAgencies() => Leads.Count > 0 ? Leads : Lead is null ? [] : [Lead];

    /// <summary>The lead agencies as one text ("Sở Y tế; Ủy ban nhân dân các huyện": a name may hold a comma), or null when none is stated.</summary>
    public string? LeadText() => LeadAgencies() is { Count: > 0 } leads ? string.Join("; ", leads) : null;
}
