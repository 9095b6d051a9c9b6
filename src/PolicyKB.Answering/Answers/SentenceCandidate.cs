using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Answers;

/// <summary>A sentence (or a list clause with its items) that may answer a question, as scored by <see cref="SentenceScorer"/>.</summary>
/// <param name="Clause">The clause it is quoted from.</param>
/// <param name="Quote">The text quoted, verbatim.</param>
/// <param name="Coverage">Rarity-weighted share (0–1) of the question's focus words it holds with its headings.</param>
/// <param name="Score">Ranking score.</param>
/// <param name="Answers">True when it holds an answer of the type asked about the subject asked.</param>
public sealed record SentenceCandidate(RetrievedClause Clause, string Quote, double Coverage, double Score, bool Answers)
{
    /// <summary>The list items quoted after it (their own clauses), for a list answer.</summary>
    public IReadOnlyList<RetrievedClause> Items { get; init; } = [];

    /// <summary>The clause introducing it whose value it takes ("… 45% được áp dụng đối với các trường hợp sau:"), quoted before it.</summary>
    public RetrievedClause? LeadIn { get; init; }
}
