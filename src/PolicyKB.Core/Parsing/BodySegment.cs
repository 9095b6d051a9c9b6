namespace PolicyKB.Parsing;

/// <summary>
/// A run of body lines to split into clauses: the main body, or the body of an attached document
/// (the Kế hoạch issued by a Quyết định), which gets its own subtree.
/// </summary>
/// <param name="Start">Index of the first line in the document's line list.</param>
/// <param name="End">Index after the last line.</param>
public sealed record BodySegment(int Start, int End)
{
    /// <summary>Type of the attached document ("Kế hoạch", "Quy định") when the segment is an attachment.</summary>
    public string? AttachmentType { get; init; }

    /// <summary>Title of the attached document.</summary>
    public string? AttachmentTitle { get; init; }

    /// <summary>Lines of the attachment's own header (type line, title), shown as the attachment clause's text.</summary>
    public int HeaderStart { get; init; } = -1;

    /// <summary>
    /// First line of the "Kính gửi: …" block printed above the main body (a công văn's or a tờ trình's addressees,
    /// Nghị định 30/2020/NĐ-CP Phụ lục I ô 9a), which the layout keeps in the header; -1 when none. The block runs to
    /// <see cref="Start"/> and is read as the first paragraph of the preamble, so "công văn gửi ai" finds its answer.
    /// </summary>
    public int AddresseeStart { get; init; } = -1;

    /// <summary>
    /// Line ranges [start, end) inside the segment that are not body text (the main letterhead printed out of order in
    /// the body); the body runs on across them as if they were not there.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Skipped { get; init; } = [];
}
