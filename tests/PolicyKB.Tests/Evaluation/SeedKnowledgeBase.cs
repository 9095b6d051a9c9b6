using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// The five seed plans ingested into a temporary knowledge base exactly as the CLI would: the committed domain
/// embedding model (content/models/policykb-vi-128.pkbe), the committed synonym table and related-terms thesaurus.
/// Shared by a test class.
/// </summary>
public sealed class SeedKnowledgeBase : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SeedKnowledgeBase()
    {
        var embeddings = EmbeddingProviderFactory.Create(new EmbeddingOptions());
        var synonyms = SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "synonyms.tsv"));
        var related = SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "related-terms.tsv"));
        KnowledgeBase = KnowledgeBase.Open(_dir.Path, synonyms: synonyms, embeddings: embeddings, relatedTerms: related);
        KnowledgeBase.Ingest([SharedData.ContentDirectory]);
        Queries = EvalQuerySet.Load(QuerySetPath);
        ParaphraseQueries = EvalQuerySet.Load(ParaphraseSetPath);
    }

    /// <summary>tests/eval/seed-queries.jsonl.</summary>
    public static string QuerySetPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "seed-queries.jsonl");

    /// <summary>
    /// tests/eval/paraphrase-queries.jsonl: 45 paraphrase queries written apart from the search code and from the
    /// related-terms thesaurus (by another author who saw neither), so they measure how paraphrases unseen by the
    /// tuning fare.
    /// </summary>
    public static string ParaphraseSetPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "paraphrase-queries.jsonl");

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The queries of <see cref="ParaphraseSetPath"/>.</summary>
    public IReadOnlyList<EvalQuery> ParaphraseQueries { get; }

    public IReadOnlyList<EvalQuery> Queries { get; }

    public SystemReport Run(SearchMode mode) => Run(mode, Queries);

    public SystemReport Run(SearchMode mode, IReadOnlyList<EvalQuery> queries) =>
        Evaluator.RunAsync(new SearchServiceRetriever(KnowledgeBase.Search, mode), queries).GetAwaiter().GetResult();

    public void Dispose()
    {
        KnowledgeBase.Dispose();
        _dir.Dispose();
    }
}
