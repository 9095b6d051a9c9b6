namespace PolicyKB.Answering.Verification;

/// <summary>A sentence the gate could not verify against the cited clauses.</summary>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="Reason">Why, in Vietnamese ("Số hiệu 123/QĐ-UBND không có trong điều khoản được trích dẫn").</param>
public sealed record VerificationIssue(string Sentence, string Reason);
