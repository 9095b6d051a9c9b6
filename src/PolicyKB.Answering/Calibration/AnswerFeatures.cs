using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Calibration;

/// <summary>
/// The signals the answer calibrator reads about the best quote of a question (issue #11, calibrated answerability).
/// One place computes them, so that the features collected for training (<c>policykb train-calibrator --collect</c>)
/// and those read at answer time are the same. Each is a property of the question and its candidate, never a word list
/// or a document's name, so that the fitted weights carry over to documents and questions not seen.
/// </summary>
public static class AnswerFeatures
{
    /// <summary>Index of the best quote's coverage among the features.</summary>
    public const int Coverage = 0;

    /// <summary>The feature names, in the order <see cref="Compute"/> returns them; the model file records them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "coverage", "unitCoverage", "clauseCoverage", "clauseScore", "quoteScore", "scoreMargin", "coverageMargin",
        "preferredFloor", "knownShare", "typedAsked", "typedValue", "docByNumber", "docByTitle", "inNamedDocument",
        "placeMatch", "headingNamed", "intentQuantity", "intentDeadline", "intentResponsibility", "focusWords", "clauseRank",
    ];

    /// <summary>
    /// The features of <paramref name="best"/>, the quote chosen among <paramref name="scored"/> for
    /// <paramref name="question"/> from <paramref name="retrieved"/>.
    /// </summary>
    public static double[] Compute(QuestionAnalysis question, KnowledgeSnapshot knowledge, RetrievalResult retrieved,
        IReadOnlyList<ScoredQuote> scored, ScoredQuote best)
    {
        var type = AnswerTypeClassifier.Classify(question.Question);
        var typed = type is AnswerType.Number or AnswerType.Date or AnswerType.Agency or AnswerType.Person;
        // The next best from another clause: a quote far ahead of any rival is more often the one meant.
        var rival = scored.Where(s => s.Clause.Id != best.Clause.Id).ToList();
        var scoreMargin = rival.Count == 0 ? best.Score : best.Score - rival.Max(s => s.Score);
        var coverageMargin = rival.Count == 0 ? best.Coverage : best.Coverage - rival.Max(s => s.Coverage);
        var byNumber = DocumentFocus.Find(question, knowledge);
        var named = byNumber.Count > 0 ? byNumber : DocumentFocus.Find(question, knowledge, byTitle: true);
        var rank = IndexOf(retrieved.Clauses, best.Clause.Id);
        return
        [
            best.Coverage,
            best.Unit,
            best.Clause.Coverage,
            best.Clause.Score,
            best.Score,
            scoreMargin,
            coverageMargin,
            best.Coverage >= Answers.ExtractiveAnswerer.PreferredCoverage ? 1 : 0,
            KnownShare(question, knowledge.Terms),
            typed ? 1 : 0,
            typed ? TypedSpans.Strength(type, best.Sentence) : 0,
            byNumber.Count > 0 ? 1 : 0,
            byNumber.Count == 0 && named.Count > 0 ? 1 : 0,
            named.Any(d => d.Id == best.Clause.Document.Id) ? 1 : 0,
            question.Places.Count > 0 && best.Clause.Document.Places.Overlaps(question.Places) ? 1 : 0,
            best.Heading ? 1 : 0,
            question.Intent == QuestionIntent.Quantity ? 1 : 0,
            question.Intent == QuestionIntent.Deadline ? 1 : 0,
            question.Intent == QuestionIntent.Responsibility ? 1 : 0,
            Math.Log(1 + question.ContentKeys.Count),
            rank < 0 ? 0 : 1.0 / (1 + rank),
        ];
    }

    /// <summary>
    /// Rarity-weighted share (0–1) of the question's subject words found anywhere in the knowledge base: a question about
    /// something no stored document mentions cannot be answered however well a quote covers its common words.
    /// </summary>
    public static double KnownShare(QuestionAnalysis question, TermStatistics terms)
    {
        double known = 0, total = 0;
        foreach (var key in question.ContentKeys)
        {
            var weight = terms.Idf(key, question.Folded);
            total += weight;
            if (terms.DocumentFrequency(key, question.Folded) > 0) known += weight;
        }
        return total <= 0 ? 0 : known / total;
    }

    private static int IndexOf(IReadOnlyList<RetrievedClause> clauses, string id)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (clauses[i].Id == id) return i;
        }
        return -1;
    }
}
