using PolicyKB.Answering;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Llm;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The five seed plans of content/ in a knowledge base configured as shipped (synonyms, committed domain embedding
/// model), with an offline answering service; shared by a test class.
/// </summary>
public sealed class SeedKnowledgeBase : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SeedKnowledgeBase() : this([SharedData.ContentDirectory]) { }

    internal SeedKnowledgeBase(IEnumerable<string> paths)
    {
        KnowledgeBase = Open(_dir.Path);
        KnowledgeBase.Ingest(paths);
        Service = new AnsweringService(KnowledgeBase, new ChatOptions(), chat: null, conversations: null);
    }

    public KnowledgeBase KnowledgeBase { get; }

    public AnsweringService Service { get; }

    public string DataDirectory => _dir.Path;

    /// <summary>A fresh snapshot of the store.</summary>
    public KnowledgeSnapshot Snapshot() => KnowledgeSnapshot.Build(KnowledgeBase.Store);

    public AnswerResult Ask(string question, IReadOnlyList<ChatTurn>? history = null) =>
        Service.AnswerAsync(new AnswerRequest(question) { History = history ?? [] }).GetAwaiter().GetResult();

    /// <summary>Opens a knowledge base in <paramref name="dataDirectory"/> with the shipped synonyms and embedding model.</summary>
    public static KnowledgeBase Open(string dataDirectory) => KnowledgeBase.Open(
        dataDirectory, null, SynonymTable.Load(Path.Combine(SharedData.ContentDirectory, "search", "synonyms.tsv")),
        EmbeddingProviderFactory.Create(new EmbeddingOptions
        {
            Provider = "domain",
            DomainModelPath = Path.Combine(SharedData.ContentDirectory, "models", "policykb-vi-128.pkbe"),
        }));

    public void Dispose()
    {
        KnowledgeBase.Dispose();
        _dir.Dispose();
    }
}
