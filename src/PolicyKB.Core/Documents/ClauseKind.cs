namespace PolicyKB.Documents;

/// <summary>
/// What kind of unit a clause is. Legal documents use the hierarchy of Nghị định 34/2016/NĐ-CP Điều 58
/// (Phần, Chương, Mục, Điều, Khoản, Điểm); plans and other administrative documents use the numbering of
/// Nghị định 30/2020/NĐ-CP Phụ lục I (I., 1., 1.1., a), bullets).
/// </summary>
public enum ClauseKind
{
    /// <summary>Text before the first heading: the "Căn cứ…/Thực hiện…" legal basis and the purpose statement.</summary>
    Preamble,
    /// <summary>Phần (Part) of a legal document.</summary>
    Part,
    /// <summary>Chương (Chapter).</summary>
    Chapter,
    /// <summary>Mục inside a chapter of a legal document, or a Roman-numbered section (I., II.) of a plan.</summary>
    Section,
    /// <summary>Điều (Article).</summary>
    Article,
    /// <summary>Khoản (numbered clause inside an article).</summary>
    Clause,
    /// <summary>Điểm (lettered point: a), b), đ)).</summary>
    Point,
    /// <summary>A numbered item of a plan (1., 1.1., 2.3.1., "Một là").</summary>
    Item,
    /// <summary>A bulleted item (-, +, *, •).</summary>
    Bullet,
    /// <summary>An unnumbered paragraph of body text.</summary>
    Paragraph,
    /// <summary>Phụ lục (appendix).</summary>
    Appendix,
    /// <summary>A document attached to and issued by another (the Kế hoạch or Quy định issued by a Quyết định).</summary>
    Attachment,

    /// <summary>
    /// The footnotes printed after the signature ("[1] Chỉ thị số …", "(2) Nghị quyết số …", under a "____" rule), kept
    /// apart from the body they annotate; labelled "Chú thích".
    /// </summary>
    Footnote,
}
