using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Rerank;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Runs each training query through hybrid search (rerank off) and keeps its top candidates' features, exactly as
/// the rerank stage will compute them at search time. Queries whose answer is not among the candidates teach the
/// ranker nothing and are counted apart.
/// </summary>
internal sealed class FeatureCollector(KnowledgeBase kb, int depth)
{
    /// <summary>Queries whose relevant clauses were all outside the candidates.</summary>
    public int Unreachable { get; private set; }

    /// <summary>The groups of <paramref name="judgements"/>, in order.</summary>
    public List<RankingGroup> Collect(IEnumerable<RerankJudgement> judgements, Action<int>? progress = null)
    {
        var groups = new List<RankingGroup>();
        RerankSignals? seen = null;
        kb.Search.RerankObserver = (_, signals) => seen = signals;
        try
        {
            var done = 0;
            foreach (var judgement in judgements)
            {
                progress?.Invoke(++done);
                var query = judgement.Query.Length > QueryTerms.MaxLength ? judgement.Query[..QueryTerms.MaxLength] : judgement.Query;
                seen = null;
                try
                {
                    kb.Search.SearchAsync(new SearchRequest(query) { Mode = SearchMode.Hybrid, Top = 1, Rerank = false }).GetAwaiter().GetResult();
                }
                catch (SearchQueryException)
                {
                    continue;
                }
                if (seen is null) continue;
                var ids = seen.Fused.Select(f => f.Id).Where(id => !judgement.Ignored.Contains(id)).Take(depth).ToList();
                if (!ids.Any(judgement.Relevant.Contains))
                {
                    Unreachable++;
                    continue;
                }
                var features = RerankFeatures.Compute(query, seen, ids, kb.Keyword.GetClauses(ids));
                var labels = ids.Select(id => judgement.Relevant.Contains(id) ? 1f : 0f).ToArray();
                groups.Add(new RankingGroup(judgement, ids, labels, features));
            }
        }
        finally
        {
            kb.Search.RerankObserver = null;
        }
        return groups;
    }
}
