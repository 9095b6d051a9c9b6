namespace PolicyKB.Metadata;

/// <summary>
/// The parts of an administrative document as Nghị định 30/2020/NĐ-CP Điều 8 lays them out: the header
/// (quốc hiệu, issuing body, số hiệu, place and date, type and trích yếu), the content, and the trailer
/// (signature block, nơi nhận). A decision that issues a plan or regulation carries the attached document
/// after its own trailer, opened by an attachment header.
/// </summary>
public enum LayoutRegionKind
{
    /// <summary>Letterhead, number, place and date, type line and title of the main document.</summary>
    Header,

    /// <summary>Content: preamble, clauses, appendices. The clause parser reads these.</summary>
    Body,

    /// <summary>Signature block (position, "(Đã ký)", name) and the "Nơi nhận" list.</summary>
    Trailer,

    /// <summary>The header of a document attached to a decision: type line, title, "(Ban hành kèm theo …)".</summary>
    AttachmentHeader,

    /// <summary>
    /// The main letterhead printed out of order inside the body (a gazette PDF's text order): read as metadata,
    /// left out of the clause text; the body runs on across it.
    /// </summary>
    DisplacedHeader,
}
