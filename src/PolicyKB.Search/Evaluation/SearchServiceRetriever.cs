namespace PolicyKB.Search.Evaluation;

/// <summary>
/// PolicyKB's own <see cref="SearchService"/> in one <see cref="SearchMode"/>; <paramref name="rerank"/> forces the
/// learned rerank stage of hybrid search on or off (null: the service's default).
/// </summary>
public sealed class SearchServiceRetriever(SearchService search, SearchMode mode, bool? rerank = null) : IRetriever
{
    /// <inheritdoc />
    public string Name { get; } = mode.ToString().ToLowerInvariant() + (mode == SearchMode.Hybrid && rerank == true ? "+rerank" : "");

    /// <inheritdoc />
    public string Description => mode switch
    {
        SearchMode.Keyword => "PolicyKB keyword: Vietnamese analyzer, BM25, synonyms, legal-reference fast path",
        SearchMode.Semantic => search.HasSemantic ? "PolicyKB semantic: domain embeddings, cosine" : "PolicyKB semantic unavailable (no model): keyword fallback",
        _ when rerank == true => "PolicyKB hybrid + rerank: the best 50 fused candidates reordered by the learned LambdaRank model",
        _ => "PolicyKB hybrid: keyword + embeddings fused by reciprocal rank, legal-reference fast path",
    };

    /// <inheritdoc />
    public async Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        var response = await search.SearchAsync(new SearchRequest(query) { Mode = mode, Top = top, Rerank = rerank }, cancellationToken).ConfigureAwait(false);
        return response.Hits.Select(h => new RankedHit(h.Source, h.Text)).ToList();
    }
}
