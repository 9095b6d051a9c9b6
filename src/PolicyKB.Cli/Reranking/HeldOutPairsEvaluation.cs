using Microsoft.Extensions.Configuration;
using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Evaluation.Baselines;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Rerank;
using PolicyKB.Search.Translation;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// The held-out pairs as a row of <c>policykb eval</c>: the test fifth of the everyday ↔ formal pairs (never trained
/// on), their formal questions ingested beside the reranker's training documents into a throw-away knowledge base
/// (the same one <c>train-reranker --measure-pairs</c> builds), each everyday question run through every system the
/// eval runs, the clause holding its formal question relevant. Every system sees the same clauses.
/// </summary>
internal static class HeldOutPairsEvaluation
{
    /// <summary>Where the pairs and the training documents are, and how many documents stand beside the questions.</summary>
    public sealed record Source(string PairsDirectory, string TrainDirectory, int Documents)
    {
        /// <summary><see cref="PairSplit.Test"/> (the measure) or <see cref="PairSplit.Dev"/> (never trained on by the reranker either; for choosing settings).</summary>
        public string Split { get; init; } = PairSplit.Test;

        /// <summary>A folder to build the scratch store in and keep (reused when it already holds documents); null: a temporary one.</summary>
        public string? Store { get; init; }
    }

    /// <summary>One report per system (named as the eval names them), each over the held-out pairs only.</summary>
    public static IReadOnlyList<SystemReport> Run(CliSettings settings, Source source, IReadOnlyList<SearchMode> modes, RerankStage? stage, bool withBaselines)
    {
        var heldOut = PairSet.Load(source.PairsDirectory).Where(p => p.Split == source.Split).ToList();
        var documents = Directory.Exists(source.TrainDirectory)
            ? TrainingCorpus.ChooseDocuments(source.TrainDirectory, TrainingCorpus.HeldOutNames(Path.Combine(PolicyKbPaths.Root, "tests", "eval")), source.Documents)
            : [];
        var work = source.Store is { } kept ? Directory.CreateDirectory(kept) : Directory.CreateTempSubdirectory("policykb-eval-pairs-");
        try
        {
            var pairFiles = TrainingCorpus.WriteFormalQuestions(heldOut, Path.Combine(work.FullName, "pairs"));
            using var kb = KnowledgeBase.Open(Path.Combine(work.FullName, "data"), settings.Ingestion, SynonymTable.Load(settings.SynonymsFile), settings.Embeddings(),
                relatedTerms: SynonymTable.Load(settings.RelatedTermsFile));
            if (source.Store is null || kb.Store.ListDocuments().Count == 0) kb.Ingest(documents.Concat(pairFiles));
            kb.Search.Reranker = stage;
            kb.Search.ConfigureTranslation(settings.Configuration.GetSection(TranslationOptions.Section).Get<TranslationOptions>() ?? new TranslationOptions());
            var queries = Queries(kb, heldOut, pairFiles);
            var reports = new List<SystemReport>();
            foreach (var mode in modes)
            {
                reports.Add(Evaluator.RunAsync(new SearchServiceRetriever(kb.Search, mode, mode == SearchMode.Hybrid ? false : null), queries).GetAwaiter().GetResult());
                if (mode == SearchMode.Hybrid && stage is not null) reports.Add(Evaluator.RunAsync(new SearchServiceRetriever(kb.Search, mode, rerank: true), queries).GetAwaiter().GetResult());
            }
            if (withBaselines)
            {
                var clauses = BaselineClause.ReadAll(kb.Store);
                using var lucene = new LuceneStandardBaseline(clauses);
                reports.Add(Evaluator.RunAsync(lucene, queries).GetAwaiter().GetResult());
                using var fts = new SqliteFts5Baseline(clauses);
                reports.Add(Evaluator.RunAsync(fts.Retriever(Fts5QueryForm.And), queries).GetAwaiter().GetResult());
                reports.Add(Evaluator.RunAsync(fts.Retriever(Fts5QueryForm.Or), queries).GetAwaiter().GetResult());
            }
            return reports;
        }
        finally
        {
            if (source.Store is null)
            {
                try { work.Delete(recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
            }
        }
    }

    /// <summary>
    /// Adds each pair report's figures to the report of the same system as the kind <see cref="PairQueries.Kind"/>,
    /// leaving the file's overall figures and misses as they were.
    /// </summary>
    public static IReadOnlyList<SystemReport> Merge(IReadOnlyList<SystemReport> reports, IReadOnlyList<SystemReport> pairs) =>
        reports.Select(report => pairs.FirstOrDefault(p => p.System == report.System) is { } pair
            ? report with { ByKind = new Dictionary<string, MetricSummary>(report.ByKind, StringComparer.Ordinal) { [PairQueries.Kind] = pair.Overall } }
            : report).ToList();

    /// <summary>One query per pair of <paramref name="heldOut"/> (one split, not empty when a formal question is found) whose formal question was found as a clause (as <see cref="PairMeasure"/> counts them).</summary>
    private static List<EvalQuery> Queries(KnowledgeBase kb, IReadOnlyList<QueryPair> heldOut, IReadOnlyList<string> pairFiles)
    {
        var pairNames = pairFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var clauses = kb.Store.ListDocuments().Where(d => pairNames.Contains(d.Id))
            .SelectMany(d => kb.Store.GetClauses(d.Id).Select(c => (c.Id, d.Source, c.Text)))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        return JudgementBuilder.FromPairs(kb.Store, heldOut, pairNames)
            .Select(j => (Judgement: j, Clause: clauses[j.Relevant.First()]))
            .Select(p => new EvalQuery(
                p.Judgement.Query.Length > QueryTerms.MaxLength ? p.Judgement.Query[..QueryTerms.MaxLength] : p.Judgement.Query,
                PairQueries.Kind,
                [new RelevantSnippet(p.Clause.Source, p.Clause.Text)]) { Split = heldOut[0].Split })
            .ToList();
    }
}
