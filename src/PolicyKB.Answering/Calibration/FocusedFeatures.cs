using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Calibration;

/// <summary>
/// The signals a calibrator of the focused answerer reads about its best sentence (issue #11, calibrated answerability):
/// the decision the SentenceScorer coverage floor (0.6) takes today on one signal. The question's own signals are those
/// of <see cref="AnswerFeatures"/>; the sentence's are what this path has: its <see cref="SentenceScorer"/> coverage and
/// ranking score, their margins over the best sentence of another clause, and how the document was named. Like
/// <see cref="AnswerFeatures"/>, none is a word list or a document's name, so that fitted weights carry over.
/// </summary>
public static class FocusedFeatures
{
    /// <summary>Index of the best sentence's coverage among the features.</summary>
    public const int Coverage = 0;

    /// <summary>The feature names, in the order <see cref="Compute"/> returns them; a model file records them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "coverage", "sentenceScore", "scoreMargin", "coverageMargin", "passesFloor", "answeringRivals", "knownShare",
        "typedAsked", "typedValue", "docByNumber", "documents", "headingNamed", "intentQuantity", "intentDeadline",
        "intentResponsibility", "focusWords",
    ];

    /// <summary>
    /// The features of <paramref name="best"/>, the sentence chosen among <paramref name="ranked"/> (every scored sentence
    /// of the named documents, best first) for <paramref name="question"/>; <paramref name="byNumber"/> when the question
    /// named its documents by number, <paramref name="documents"/> how many it named.
    /// </summary>
    public static double[] Compute(QuestionAnalysis question, KnowledgeSnapshot knowledge, IReadOnlyList<SentenceCandidate> ranked,
        SentenceCandidate best, bool byNumber, int documents)
    {
        var type = AnswerTypeClassifier.Classify(question.Question);
        var typed = type is AnswerType.Number or AnswerType.Date or AnswerType.Agency or AnswerType.Person;
        // The best sentence of another clause: a sentence far ahead of any rival is more often the one meant.
        var rival = ranked.Where(c => c.Clause.Id != best.Clause.Id).ToList();
        return
        [
            best.Coverage,
            best.Score,
            rival.Count == 0 ? best.Score : best.Score - rival.Max(c => c.Score),
            rival.Count == 0 ? best.Coverage : best.Coverage - rival.Max(c => c.Coverage),
            best.Coverage >= SentenceScorer.MinCoverage ? 1 : 0,
            // Other clauses also holding an answer of the type asked: the document states several such values.
            Math.Log(1 + rival.Where(c => c.Answers).Select(c => c.Clause.Id).Distinct(StringComparer.Ordinal).Count()),
            AnswerFeatures.KnownShare(question, knowledge.Terms),
            typed ? 1 : 0,
            typed ? TypedSpans.Strength(type, best.Quote) : 0,
            byNumber ? 1 : 0,
            documents,
            Relevance.HeadingNamed(question, best.Clause) ? 1 : 0,
            question.Intent == QuestionIntent.Quantity ? 1 : 0,
            question.Intent == QuestionIntent.Deadline ? 1 : 0,
            question.Intent == QuestionIntent.Responsibility ? 1 : 0,
            Math.Log(1 + question.ContentKeys.Count),
        ];
    }
}
