namespace PolicyKB.Answering.Retrieval;

/// <summary>What retrieval found for a question.</summary>
/// <param name="Clauses">Candidates that passed the place and year checks, best first.</param>
/// <param name="Closest">The best candidates before those checks, for showing when the answer is refused.</param>
/// <param name="UnknownPlace">True when the question names a place no stored document belongs to.</param>
public sealed record RetrievalResult(IReadOnlyList<RetrievedClause> Clauses, IReadOnlyList<RetrievedClause> Closest, bool UnknownPlace);
