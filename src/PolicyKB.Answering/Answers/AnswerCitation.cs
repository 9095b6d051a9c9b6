namespace PolicyKB.Answering.Answers;

/// <summary>One numbered source of an answer: the clause that "[n]" in the answer text points to.</summary>
/// <param name="N">The number used in the answer ("[1]").</param>
/// <param name="ClauseId">The clause id ("thanh-hoa-2021-ke-hoach-hanh-dong-y-te/II.3.-2").</param>
/// <param name="DocumentId">The document id.</param>
/// <param name="Source">The document as a reader names it ("Kế hoạch 36/KH-SYT của Sở Y tế tỉnh Hà Giang ngày 29/01/2021").</param>
/// <param name="Label">The clause's label path within its document ("II.3.-2"), as used in links: #/doc/{documentId}/{label}.</param>
/// <param name="Text">The clause text.</param>
public sealed record AnswerCitation(int N, string ClauseId, string DocumentId, string Source, string Label, string Text)
{
    /// <summary>The section as a reader finds it ("mục II.3 (Một số chỉ tiêu cơ bản năm 2021)").</summary>
    public string Section { get; init; } = "";

    /// <summary>The document title.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>The source file name.</summary>
    public string? FileName { get; init; }
}
