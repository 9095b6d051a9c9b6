namespace PolicyKB.Facts;

/// <summary>Where a sentence stands in its document, which decides the relations it may state.</summary>
public enum RelationPlace
{
    /// <summary>The document's title: every kind.</summary>
    Title,
    /// <summary>The preamble ("Căn cứ …", "Thực hiện …"): implements only.</summary>
    Preamble,
    /// <summary>The body: repeals, replaces and amends stated about the document itself.</summary>
    Body,
}
