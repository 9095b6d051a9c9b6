namespace PolicyKB.Cli.Reranking;

/// <summary>
/// One training query for the reranker: the text searched, the clauses that answer it, where it came from
/// ("heading", "pair") and whether it is in the validation fifth (used to choose settings, not to fit trees).
/// <see cref="Ignored"/> clauses are left out of the query's candidates: a bare heading clause ("1. Mục đích") is the
/// query itself, neither an answer nor a wrong one.
/// </summary>
internal sealed record RerankJudgement(string Query, IReadOnlySet<string> Relevant, string Source, bool Validation)
{
    /// <summary>Candidates to leave out of this query's group.</summary>
    public IReadOnlySet<string> Ignored { get; init; } = new HashSet<string>();
}
