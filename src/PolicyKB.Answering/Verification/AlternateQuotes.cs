using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Answer or refuse over the sentences of the chosen clause, not its first pick alone (issue #11): when the checks refuse
/// the best-scored quote (it holds no value of the asked type, or one of another kind: the date of a meeting for "trước
/// ngày nào"), the clause's other sentences the answerer found eligible are checked in rank order and the first that
/// passes is the answer. Only when none passes is the answer the refusal of the first, which names the closest clauses.
/// Every alternate went through the same coverage floor as the first pick, and comes from the clause chosen as the best
/// about the subject asked: quotes of other clauses, tried the same way on the tuning sets, answered twelve unanswerable
/// questions for two answerable ones (a refused first pick mostly means the documents do not say).
/// </summary>
public static class AlternateQuotes
{
    /// <summary>How many alternates are checked: past the first few, a quote covers the question too thinly to trust.</summary>
    public const int MaxTried = 3;

    /// <summary>
    /// <paramref name="draft"/> through <paramref name="checks"/>; when the checks refuse it, the first of its
    /// <see cref="DraftAnswer.Alternates"/> that passes them, else the refusal of <paramref name="draft"/>.
    /// </summary>
    public static DraftAnswer Apply(DraftAnswer draft, Func<DraftAnswer, DraftAnswer> checks)
    {
        var first = checks(draft);
        if (!first.Refused || draft.Refused) return first;
        foreach (var alternate in draft.Alternates.Take(MaxTried))
        {
            var checkedAlternate = checks(alternate);
            if (!checkedAlternate.Refused) return checkedAlternate;
        }
        return first;
    }
}
