namespace PolicyKB.Documents;

/// <summary>One node of a document's clause tree.</summary>
public sealed class Clause
{
    /// <summary>Stable id: document slug + "/" + the label path, e.g. <c>ha-tinh-2024-cung-co-y-te-co-so/III.2.b</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The owning document's id (its slug).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The parent clause's id, or null for a top-level clause.</summary>
    public string? ParentId { get; set; }

    /// <summary>Label as normalised for ids and breadcrumbs ("III", "2", "b", "Điều 5", "-1").</summary>
    public required string Label { get; init; }

    /// <summary>Label exactly as printed ("III.", "2.", "b)", "Điều 5.", "-").</summary>
    public string DisplayLabel { get; init; } = "";

    /// <summary>Heading text when the clause has one ("MỤC ĐÍCH, YÊU CẦU"), else empty.</summary>
    public string Heading { get; set; } = "";

    /// <summary>The clause's own text (heading line included, children excluded), repaired and joined.</summary>
    public string Text { get; set; } = "";

    /// <summary>Kind of unit.</summary>
    public ClauseKind Kind { get; init; }

    /// <summary>Labels of the ancestors, outermost first (the breadcrumb).</summary>
    public List<string> Path { get; init; } = [];

    /// <summary>Ids of the children in document order.</summary>
    public List<string> ChildIds { get; init; } = [];

    /// <summary>Previous sibling's id.</summary>
    public string? PreviousId { get; set; }

    /// <summary>Next sibling's id.</summary>
    public string? NextId { get; set; }

    /// <summary>First source line (1-based) of the clause's own text.</summary>
    public int LineStart { get; set; }

    /// <summary>Last source line (1-based) of the clause's own text.</summary>
    public int LineEnd { get; set; }

    /// <summary>Position in document order (0-based), for sorting.</summary>
    public int Order { get; set; }

    /// <summary>Depth in the tree (0 for top level).</summary>
    public int Depth => Path.Count;

    /// <summary>
    /// Where each source line starts in <see cref="Text"/>, in order; filled by the parser during ingestion and not
    /// stored (citations keep their own lines). Empty for clauses read back from the store.
    /// </summary>
    public List<LineOffset> LineOffsets { get; } = [];

    /// <summary>The source line holding character <paramref name="offset"/> of <see cref="Text"/>; the clause's first line when unknown.</summary>
    public int LineAt(int offset)
    {
        var line = LineStart;
        foreach (var entry in LineOffsets)
        {
            if (entry.Offset > offset) break;
            line = entry.Line;
        }
        return line;
    }
}
