using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// One way of answering a question (the citation graph, the clauses of the documents it names, later the facts layer:
/// signer, effective date, repeals, task lead and deadline). Sources are asked in order; the first that returns a
/// draft answers. A source returns null when the question is not its kind, and a refusal only when it is sure the
/// documents it knows do not answer.
/// </summary>
public interface IAnswerSource
{
    /// <summary>A draft answer to <paramref name="question"/>, or null to let the next source answer.</summary>
    Task<DraftAnswer?> TryAnswerAsync(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame, CancellationToken cancellationToken);
}
