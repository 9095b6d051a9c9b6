using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// The five seed plans ingested into a temporary knowledge base exactly as the CLI would: the committed domain
/// embedding model (content/models/policykb-vi-128.pkbe) and the committed synonym table. Shared by a test class.
/// </summary>
public sealed class SeedKnowledgeBase : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SeedKnowledgeBase()
    {
        var embeddings = EmbeddingProviderFactory.Create(new EmbeddingOptions());
        var synonyms = SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "synonyms.tsv"));
        KnowledgeBase = KnowledgeBase.Open(_dir.Path, synonyms: synonyms, embeddings: embeddings);
        KnowledgeBase.Ingest([SharedData.ContentDirectory]);
        Queries = EvalQuerySet.Load(QuerySetPath);
    }

    /// <summary>tests/eval/seed-queries.jsonl.</summary>
    public static string QuerySetPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "seed-queries.jsonl");

    public KnowledgeBase KnowledgeBase { get; }

    public IReadOnlyList<EvalQuery> Queries { get; }

    public SystemReport Run(SearchMode mode) => Evaluator.RunAsync(new SearchServiceRetriever(KnowledgeBase.Search, mode), Queries).GetAwaiter().GetResult();

    public void Dispose()
    {
        KnowledgeBase.Dispose();
        _dir.Dispose();
    }
}
