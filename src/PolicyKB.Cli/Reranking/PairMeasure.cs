using PolicyKB.Search;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Rerank;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// The held-out measure of train-reranker: the test fifth of the everyday ↔ formal pairs (never trained on), their
/// formal questions ingested beside the training documents into a fresh knowledge base, each everyday question
/// searched in hybrid mode with and without the rerank stage; MRR@10 and Recall@10 of the formal question's clause.
/// </summary>
internal static class PairMeasure
{
    /// <summary>Prints the figures; returns (hybrid MRR@10, hybrid + rerank MRR@10).</summary>
    public static (double Hybrid, double Reranked) Run(CliConsole console, CliSettings settings, IReadOnlyList<string> documents, IReadOnlyList<QueryPair> heldOut, RerankStage stage)
    {
        var work = Directory.CreateTempSubdirectory("policykb-rerank-measure-");
        try
        {
            var pairFiles = TrainingCorpus.WriteFormalQuestions(heldOut, Path.Combine(work.FullName, "pairs"));
            using var kb = KnowledgeBase.Open(Path.Combine(work.FullName, "data"), settings.Ingestion, SynonymTable.Load(settings.SynonymsFile), settings.Embeddings(),
                relatedTerms: SynonymTable.Load(settings.RelatedTermsFile));
            kb.Ingest(documents.Concat(pairFiles));
            kb.Search.Reranker = stage;
            var pairNames = pairFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var judgements = JudgementBuilder.FromPairs(kb.Store, heldOut, pairNames).ToList();
            var figures = new Dictionary<bool, (double Mrr, double Recall)>();
            foreach (var rerank in new[] { false, true })
            {
                double mrr = 0, recall = 0;
                foreach (var judgement in judgements)
                {
                    var query = judgement.Query.Length > QueryTerms.MaxLength ? judgement.Query[..QueryTerms.MaxLength] : judgement.Query;
                    var hits = kb.Search.SearchAsync(new SearchRequest(query) { Mode = SearchMode.Hybrid, Top = 10, Rerank = rerank }).GetAwaiter().GetResult().Hits;
                    var rank = hits.Select((h, i) => (h, i)).FirstOrDefault(p => judgement.Relevant.Contains(p.h.ClauseId)).i;
                    if (hits.Any(h => judgement.Relevant.Contains(h.ClauseId)))
                    {
                        mrr += 1.0 / (rank + 1);
                        recall++;
                    }
                }
                var n = Math.Max(1, judgements.Count);
                figures[rerank] = (mrr / n, recall / n);
                console.Out.WriteLine($"  cặp giữ lại (test, {judgements.Count} câu hỏi)  {(rerank ? "hybrid+rerank" : "hybrid"),-14} MRR@10 {mrr / n:0.000}  R@10 {recall / n:0.000}");
            }
            return (figures[false].Mrr, figures[true].Mrr);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }
}
