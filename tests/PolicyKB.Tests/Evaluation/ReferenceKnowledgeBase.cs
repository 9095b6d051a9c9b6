using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// The seed plans plus the unseen documents listed in tests/eval/reference-corpus.txt (read from ../shared), ingested
/// as the CLI would, for tests/eval/reference-queries.jsonl and nothing-found-queries.jsonl. <see cref="IsAvailable"/>
/// is false when ../shared is not beside the repository; the tests then have nothing to judge and pass quietly.
/// </summary>
public sealed class ReferenceKnowledgeBase : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ReferenceKnowledgeBase()
    {
        var shared = Path.Combine(SharedData.RepositoryRoot, "..", "shared");
        if (!Directory.Exists(Path.Combine(shared, "corpus"))) return;
        var paths = File.ReadLines(Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "reference-corpus.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany<string, string>(l => l.EndsWith('/') ? Directory.EnumerateFiles(Path.Combine(shared, l), "*.txt").Order().ToList() : [Path.Combine(shared, l)])
            .Where(File.Exists)
            .Prepend(SharedData.ContentDirectory)
            .ToList();
        var embeddings = EmbeddingProviderFactory.Create(new EmbeddingOptions());
        var synonyms = SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "synonyms.tsv"));
        var related = SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "related-terms.tsv"));
        KnowledgeBase = KnowledgeBase.Open(_dir.Path, synonyms: synonyms, embeddings: embeddings, relatedTerms: related);
        KnowledgeBase.Ingest(paths);
        ReferenceQueries = EvalQuerySet.Load(Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "reference-queries.jsonl"));
        NothingQueries = NothingFoundQuery.Load(Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "nothing-found-queries.jsonl"));
    }

    /// <summary>False when ../shared is absent.</summary>
    public bool IsAvailable => KnowledgeBase is not null;

    public KnowledgeBase? KnowledgeBase { get; }

    /// <summary>tests/eval/reference-queries.jsonl.</summary>
    public IReadOnlyList<EvalQuery> ReferenceQueries { get; } = [];

    /// <summary>tests/eval/nothing-found-queries.jsonl.</summary>
    public IReadOnlyList<NothingFoundQuery> NothingQueries { get; } = [];

    public SystemReport Run(SearchMode mode, IReadOnlyList<EvalQuery> queries) =>
        Evaluator.RunAsync(new SearchServiceRetriever(KnowledgeBase!.Search, mode), queries).GetAwaiter().GetResult();

    public void Dispose()
    {
        KnowledgeBase?.Dispose();
        _dir.Dispose();
    }
}
