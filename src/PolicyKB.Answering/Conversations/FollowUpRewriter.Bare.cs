namespace PolicyKB.Answering.Conversations;

/// <summary>
/// How long a bare follow-up may be. After a question that named a document by number ("Thông tư 11/2026/TT-BTC có hiệu
/// lực từ ngày nào?"), the conversation is about that document, and a follow-up naming no document, place or year of its
/// own asks about it even when it spells out its ask ("có vướng mắc khi thực hiện thì báo về đâu?"). After any other
/// question, only a short one is known to lean on it.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// Most words of a bare follow-up after a question that named its document by number. Tuned on the session 18 tuning
    /// follow-ups (answers-unseen-5, answers-unseen-7 dev).
    /// </summary>
    private const int MaxBareWordsAfterNamed = 10;

    /// <summary>The most words a follow-up naming nothing may have to be read against <paramref name="previous"/>.</summary>
    private static int BareWordLimit(string previous) =>
        NamedDocument().IsMatch(previous) ? MaxBareWordsAfterNamed : MaxBareWords;
}
