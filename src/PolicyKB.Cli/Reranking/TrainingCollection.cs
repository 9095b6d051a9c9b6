using System.Diagnostics;
using PolicyKB.Search;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Providers;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Rerank;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Builds the ranking groups train-reranker learns from: the chosen training documents and the training pairs' formal
/// questions ingested into a throw-away knowledge base (configured like the product's: same embedding model,
/// abbreviations and thesaurus), their judgements searched, the top candidates' features kept.
/// </summary>
internal static class TrainingCollection
{
    /// <summary>The groups, and a line describing the data for the model file.</summary>
    public static (List<RankingGroup> Groups, string Description) Collect(
        CliConsole console, CliSettings settings, IReadOnlyList<string> files, IReadOnlyList<QueryPair> trainingPairs, Stopwatch clock, JudgedTrainingSet? judged = null, int shortPerDocument = 0, bool abbreviate = false, ChatTrainingSet? chat = null)
    {
        var work = Directory.CreateTempSubdirectory("policykb-rerank-");
        try
        {
            var pairFiles = TrainingCorpus.WriteFormalQuestions(trainingPairs, Path.Combine(work.FullName, "pairs"));
            using var kb = KnowledgeBase.Open(Path.Combine(work.FullName, "data"), settings.Ingestion, SynonymTable.Load(settings.SynonymsFile), settings.Embeddings(),
                relatedTerms: SynonymTable.Load(settings.RelatedTermsFile));
            kb.Ingest(files.Concat(pairFiles).Concat(judged?.Files ?? []).Concat(chat?.Files ?? []));
            var pairNames = pairFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var pairIds = kb.Store.ListDocuments().Where(d => pairNames.Contains(d.Id)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            console.Error.WriteLine($"train-reranker: {files.Count} văn bản, {pairFiles.Count} tệp câu hỏi chuẩn ({trainingPairs.Count} cặp train) đã nạp sau {clock.Elapsed.TotalSeconds:0} s");

            var variants = new QueryVariants(settings.SynonymsFile);
            var skip = pairIds.Union(judged?.DocumentIds(kb.Store) ?? new HashSet<string>()).Union(chat?.DocumentIds(kb.Store) ?? new HashSet<string>())
                .ToHashSet(StringComparer.Ordinal);
            var judgements = JudgementBuilder.FromHeadings(kb.Store, skip).SelectMany(variants.Of)
                .Concat(JudgementBuilder.FromPairs(kb.Store, trainingPairs, pairIds))
                .Concat(judged?.Judgements(kb.Store) ?? []).Concat(chat?.Judgements(kb.Store) ?? []).ToList();
            if (shortPerDocument > 0)
            {
                var wording = EverydayWording.Create(settings.RelatedTermsFile, trainingPairs);
                // Staff type abbreviations in short queries too ("BHXH huyện kiểm tra quỹ KCB"): the listed ones get a copy.
                var shortQueries = new ShortQueryBuilder(wording, PhraseUnits(settings)).From(kb.Store, skip, shortPerDocument)
                    .SelectMany(j => abbreviate ? variants.WithAbbreviation(j) : [j]).ToList();
                console.Error.WriteLine($"train-reranker: {shortQueries.Count} truy vấn ngắn ({wording.Count} cách nói đời thường), vd. {string.Join(" | ", shortQueries.Take(400).Where((_, i) => i % 40 == 0).Select(j => j.Query))}");
                judgements.AddRange(shortQueries);
            }
            var collector = new FeatureCollector(kb, RerankStage.DefaultDepth);
            var groups = collector.Collect(judgements);
            console.Error.WriteLine($"train-reranker: {judgements.Count} truy vấn huấn luyện, {groups.Count} có đáp án trong {RerankStage.DefaultDepth} ứng viên ({collector.Unreachable} không), sau {clock.Elapsed.TotalSeconds:0} s");
            var description = $"{files.Count} documents of ../shared/train (every n-th; documents of judged sets excluded), {trainingPairs.Count} train-split everyday↔formal pairs, " +
                $"{kb.Keyword.ClauseCount} clauses" + (judged is null ? "" : $", the train split of a judged everyday set ({judged.Queries.Count} queries over {judged.Files.Count} documents)") +
                (shortPerDocument > 0 ? $", {shortPerDocument} short staff-like queries a document" : "") +
                (chat is null ? "" : $", the dev halves of chat question sets ({chat.Cases.Count} questions over {chat.Files.Count} documents)");
            return (groups, description);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }

    /// <summary>The domain embedding model's units of two to four syllables: the words a short query is made of.</summary>
    private static HashSet<string> PhraseUnits(CliSettings settings)
    {
        var path = PolicyKbPaths.Resolve(settings.Configuration["PolicyKB:Embeddings:DomainModelPath"] ?? new EmbeddingOptions().DomainModelPath);
        return DomainEmbeddingModel.Load(path).Vocabulary
            .Where(u => u.Count(c => c == ' ') is >= 1 and <= 3)
            .Select(VietnameseNormalizer.Normalize)
            .ToHashSet(StringComparer.Ordinal);
    }
}
