namespace PolicyKB.Facts;

/// <summary>A task (nhiệm vụ) assigned by a plan: what, who leads, who cooperates, by when, producing what.</summary>
public sealed class TaskFact
{
    /// <summary>The task as printed (one sentence or table cell), whitespace squashed.</summary>
    public string Text { get; set; } = "";

    /// <summary>The agency assigned or leading (chủ trì), canonical within the document; null when not stated.</summary>
    public string? Lead { get; set; }

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
}
