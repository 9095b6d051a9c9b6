using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A quoted answer whose every quote the gate removed (not verbatim in its clause, an unknown số hiệu) is left with a
/// source line and nothing it quotes: it answers nothing, and is the refusal instead (issue #11), its clauses shown as
/// the closest.
/// </summary>
public static class NothingQuoted
{
    /// <summary>The reason the refusal gives.</summary>
    public const string Reason = "Đoạn trích gần nhất không kiểm chứng được với văn bản nguồn.";

    /// <summary>True when <paramref name="draft"/> quoted the documents and the gate kept no sentence citing them.</summary>
    public static bool Left(DraftAnswer draft, GatedAnswer gated) =>
        !draft.Refused && draft.Mode == AnswerModes.Extractive && !gated.HasVerifiedCitation;

    /// <summary>The refusal replacing <paramref name="draft"/>.</summary>
    public static DraftAnswer Refusal(DraftAnswer draft) => Refusals.Create(AnswerModes.Extractive, Reason, draft.Sources);

    /// <summary>
    /// <paramref name="draft"/> and its <paramref name="gated"/> text, or the refusal and <paramref name="verify"/>'s
    /// reading of it when the gate left nothing quoted.
    /// </summary>
    public static (DraftAnswer Draft, GatedAnswer Gated) Apply(DraftAnswer draft, GatedAnswer gated, Func<DraftAnswer, GatedAnswer> verify)
    {
        if (!Left(draft, gated)) return (draft, gated);
        var refusal = Refusal(draft);
        return (refusal, verify(refusal));
    }
}
