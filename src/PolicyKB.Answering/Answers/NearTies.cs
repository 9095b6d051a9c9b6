namespace PolicyKB.Answering.Answers;

/// <summary>
/// The sentences of other clauses the evidence cannot tell from the best one: a careful clerk shows both rather than
/// guess. On the tuning halves (chat30b's diagnostic, session 21) the focused answerer's wrong pick and the right
/// sentence were usually siblings (items a) / b), or the same text in the next clause) with the same coverage and a
/// score within a few per cent; nothing else told them apart. The quoting answerer's tie rule (ExtractiveAnswerer's
/// TieRatio) is the model; this one is for the sentences of one document, where ties are the rule rather than rare.
/// </summary>
public static class NearTies
{
    /// <summary>Least share of the best sentence's score a near tie reaches.</summary>
    public const double Ratio = 0.95;

    /// <summary>Most sentences quoted in all, the best one included.</summary>
    public const int MaxQuotes = 3;

    /// <summary>
    /// The candidates ranked after <paramref name="best"/> in <paramref name="ranked"/> (best first) that answer, cover the
    /// question at least as well, score at least <see cref="Ratio"/> of it and lie in a clause not yet in
    /// <paramref name="chosen"/>, at most enough to bring the quotes to <see cref="MaxQuotes"/>. Candidates ranked above
    /// <paramref name="best"/> were passed over on purpose (NumberedBody's preference) and are not taken back.
    /// </summary>
    public static IReadOnlyList<SentenceCandidate> Of(IReadOnlyList<SentenceCandidate> ranked, SentenceCandidate best, IReadOnlyCollection<SentenceCandidate> chosen)
    {
        var ties = new List<SentenceCandidate>();
        var clauses = chosen.Select(c => c.Clause.Id).ToHashSet(StringComparer.Ordinal);
        var start = IndexOf(ranked, best) + 1;
        for (var i = start; i < ranked.Count && chosen.Count + ties.Count < MaxQuotes; i++)
        {
            var other = ranked[i];
            if (other.Score < best.Score * Ratio) break;
            if (!other.Answers || other.Coverage < best.Coverage || !clauses.Add(other.Clause.Id)) continue;
            ties.Add(other);
        }
        return ties;
    }

    private static int IndexOf(IReadOnlyList<SentenceCandidate> ranked, SentenceCandidate best)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ReferenceEquals(ranked[i], best)) return i;
        }
        return ranked.Count;
    }
}
