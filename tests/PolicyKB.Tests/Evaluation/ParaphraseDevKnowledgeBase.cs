using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Providers;
using PolicyKB.Search.Rerank;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// The knowledge base of tests/eval/paraphrase-dev.jsonl as the CLI builds it: content/ plus the ../shared files
/// listed in tests/eval/paraphrase-dev.files, the committed embedding model, synonyms, thesaurus and reranker.
/// <see cref="KnowledgeBase"/> is null when ../shared is absent.
/// </summary>
public sealed class ParaphraseDevKnowledgeBase : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ParaphraseDevKnowledgeBase()
    {
        Queries = EvalQuerySet.Load(QuerySetPath);
        var listed = File.ReadLines(Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "paraphrase-dev.files"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, l.Trim())))
            .ToList();
        Files = listed;
        if (!listed.All(File.Exists)) return;
        var synonyms = SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "synonyms.tsv"));
        var related = SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "related-terms.tsv"));
        KnowledgeBase = KnowledgeBase.Open(_dir.Path, synonyms: synonyms, embeddings: EmbeddingProviderFactory.Create(new EmbeddingOptions()), relatedTerms: related);
        KnowledgeBase.Ingest([SharedData.ContentDirectory, .. listed]);
        KnowledgeBase.Search.Reranker = new RerankStage(RankingModel.Load(Path.Combine(SharedData.ContentDirectory, "models", "policykb-rerank.json")));
    }

    /// <summary>tests/eval/paraphrase-dev.jsonl.</summary>
    public static string QuerySetPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "paraphrase-dev.jsonl");

    /// <summary>The judged queries, both splits.</summary>
    public IReadOnlyList<EvalQuery> Queries { get; }

    /// <summary>The ../shared files of tests/eval/paraphrase-dev.files, as full paths.</summary>
    public IReadOnlyList<string> Files { get; }

    public KnowledgeBase? KnowledgeBase { get; }

    public SystemReport Run(SearchMode mode, IReadOnlyList<EvalQuery> queries, bool? rerank = null) =>
        Evaluator.RunAsync(new SearchServiceRetriever(KnowledgeBase!.Search, mode, rerank), queries).GetAwaiter().GetResult();

    public void Dispose()
    {
        KnowledgeBase?.Dispose();
        _dir.Dispose();
    }
}
