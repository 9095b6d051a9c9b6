namespace PolicyKB.Search.Rerank;

/// <summary>
/// What the retrieval stages said about one query's candidates, before reranking: each list best first, with the
/// engines' own scores.
/// </summary>
/// <param name="Keyword">BM25 hits (id, score).</param>
/// <param name="Semantic">Embedding hits (id, cosine of the best passage).</param>
/// <param name="Related">Keyword hits of the query widened with its thesaurus wording (ids).</param>
/// <param name="Fused">The fused list (id, fused score).</param>
/// <param name="RelatedWording">The query's related wording from the thesaurus, or null.</param>
/// <param name="Referenced">Clauses of a document the query names, or citing one.</param>
/// <param name="Abbreviations">What the query's abbreviations stand for ("bảo hiểm y tế" for "BHYT"), or null.</param>
public sealed record RerankSignals(
    IReadOnlyList<(string Id, float Score)> Keyword,
    IReadOnlyList<(string Id, float Score)> Semantic,
    IReadOnlyList<string> Related,
    IReadOnlyList<(string Id, double Score)> Fused,
    string? RelatedWording,
    IReadOnlySet<string> Referenced,
    string? Abbreviations = null);
