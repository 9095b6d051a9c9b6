namespace PolicyKB.Answering.Verification;

/// <summary>What the verification gate found in an answer.</summary>
/// <param name="Passed">True when every sentence passed.</param>
/// <param name="SentencesChecked">Number of sentences checked.</param>
/// <param name="SentencesRemoved">Number of sentences removed from the answer.</param>
/// <param name="Issues">The failures, one per failing check.</param>
public sealed record VerificationReport(bool Passed, int SentencesChecked, int SentencesRemoved, IReadOnlyList<VerificationIssue> Issues)
{
    /// <summary>The report of an answer not checked yet.</summary>
    public static VerificationReport Empty { get; } = new(true, 0, 0, []);
}
