namespace PolicyKB.Web.Models;

/// <summary>
/// The groups of a document's "Lược đồ", as legal databases (vbpl, thuvienphapluat) list them: what the document rests
/// on and acts on, then what acts on it. Serialised in camelCase ("implementedBy").
/// </summary>
public enum RelationGroupKind
{
    /// <summary>"Căn cứ": documents named in the "Căn cứ…" preamble.</summary>
    Basis,
    /// <summary>"Văn bản được thực hiện": documents this one implements or applies ("Thực hiện …", "triển khai …").</summary>
    Implements,
    /// <summary>"Văn bản được hướng dẫn": documents this one guides or details.</summary>
    Guides,
    /// <summary>"Văn bản bị bãi bỏ": documents (or parts) this one repeals.</summary>
    Repeals,
    /// <summary>"Văn bản bị thay thế": documents this one replaces.</summary>
    Replaces,
    /// <summary>"Văn bản được sửa đổi, bổ sung": documents this one amends.</summary>
    Amends,
    /// <summary>"Văn bản được dẫn chiếu": other documents this one cites.</summary>
    Cites,
    /// <summary>"Văn bản thực hiện văn bản này": stored documents implementing or citing this one.</summary>
    ImplementedBy,
    /// <summary>"Văn bản hướng dẫn văn bản này".</summary>
    GuidedBy,
    /// <summary>"Văn bản bãi bỏ văn bản này" (whole or part).</summary>
    RepealedBy,
    /// <summary>"Văn bản thay thế văn bản này".</summary>
    ReplacedBy,
    /// <summary>"Văn bản sửa đổi, bổ sung văn bản này".</summary>
    AmendedBy,
}
