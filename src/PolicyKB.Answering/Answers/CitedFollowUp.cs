using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// A short follow-up answered from the clauses the previous answer quoted (issue #11): "đạt tỷ lệ bao nhiêu?" after a
/// quote holding "… 3.071 TTHC/4.888 TTHC (đạt 62,8%)", "trước đó là bao nhiêu?" after "giảm từ 6,6%/năm xuống …". The
/// previous quote already names the subject; a fresh search on the rewritten question may find another sentence or
/// none. Only a sentence holding a value of the type the follow-up itself asks (a number, a date, an agency, a person)
/// answers; otherwise the caller keeps its usual path.
/// </summary>
public static class CitedFollowUp
{
    /// <summary>Fewest of the follow-up's own subject words a sentence must hold (share); a bare "bao nhiêu?" has none.</summary>
    public const double MinOwnCoverage = 0.5;

    /// <summary>
    /// Preference for a sentence the previous answer quoted: the reader saw it, and a follow-up asks on from it. Such a
    /// sentence also answers with fewer of the follow-up's words ("trước đó là bao nhiêu?" after "giảm từ 6,6%/năm …").
    /// </summary>
    public const double QuotedBonus = 0.5;

    /// <summary>
    /// The quote answering <paramref name="followUp"/> (as typed) from the clauses <paramref name="citedIds"/> the
    /// previous answer quoted, or null; <paramref name="own"/> is the analysis of the follow-up as typed,
    /// <paramref name="previousAnswer"/> the previous answer's text.
    /// </summary>
    public static DraftAnswer? TryAnswer(string followUp, QuestionAnalysis own, IReadOnlyList<string>? citedIds, string? previousAnswer, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame)
    {
        // "còn X …" swaps the subject: the previous quote answered the old one (measured: re-quoting it broke four).
        if (citedIds is null || citedIds.Count == 0 || Conversations.FollowUpRewriter.OpensWithLeadIn(followUp)) return null;
        var type = AnswerTypeClassifier.Classify(followUp);
        if (type is not (AnswerType.Number or AnswerType.Date or AnswerType.Agency or AnswerType.Person)) return null;
        var wanted = own.ContentKeys.Distinct(StringComparer.Ordinal).ToList();
        var shown = Quotes.Collapse(previousAnswer ?? "");
        (RetrievedClause Clause, string Sentence, double Score)? best = null;
        foreach (var id in citedIds)
        {
            if (frame(id) is not { } clause) continue;
            var headings = $"{string.Join(' ', clause.Ancestors.Select(a => a.Heading))} {clause.Clause.Heading}";
            foreach (var sentence in TableRows.Units(clause))
            {
                if (HeadingLines.IsHeadingOnly(sentence, clause.Clause)) continue;
                var holds = type == AnswerType.Date ? TypedSpans.HoldsDateAsked(followUp, sentence) : TypedSpans.Holds(type, sentence);
                if (!holds || AskedTypeEvidence.Missing(followUp, sentence, headings, knowledge.PlaceKeys) is not null) continue;
                var keys = SyllableKeys.Keys(UnitSymbols.Spelled($"{sentence} {headings}"), own.Folded).ToHashSet(StringComparer.Ordinal);
                var coverage = wanted.Count == 0 ? 1 : wanted.Count(keys.Contains) / (double)wanted.Count;
                var quoted = shown.Contains(Quotes.Collapse(sentence), StringComparison.Ordinal);
                if (coverage < MinOwnCoverage && !(quoted && (coverage > 0 || wanted.Count <= 1))) continue;
                var score = coverage + (quoted ? QuotedBonus : 0);
                if (best is { } b && b.Score >= score) continue;
                best = (clause, sentence, score);
            }
        }
        return best is { } found ? ExtractiveAnswerer.Compose([(found.Clause, found.Sentence, null)], frame) : null;
    }
}
