using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// tests/eval/paraphrase-dev-2.jsonl with its ../shared files (tests/eval/paraphrase-dev-2.files) ingested into a plain
/// knowledge base: no search runs on it here (the set has no quality floor yet), so neither content/, embeddings nor the
/// reranker are loaded; the clause tree, which the judged snippets must fall in, is the same as the CLI builds.
/// <see cref="KnowledgeBase"/> is null when ../shared is absent.
/// </summary>
public sealed class ParaphraseDev2KnowledgeBase : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ParaphraseDev2KnowledgeBase()
    {
        Queries = EvalQuerySet.Load(QuerySetPath);
        var listed = File.ReadLines(FilesListPath)
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, l.Trim())))
            .ToList();
        Files = listed;
        if (!listed.All(File.Exists)) return;
        KnowledgeBase = KnowledgeBase.Open(_dir.Path);
        KnowledgeBase.Ingest(listed);
    }

    /// <summary>tests/eval/paraphrase-dev-2.jsonl.</summary>
    public static string QuerySetPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "paraphrase-dev-2.jsonl");

    /// <summary>tests/eval/paraphrase-dev-2.files.</summary>
    public static string FilesListPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "paraphrase-dev-2.files");

    /// <summary>The judged queries.</summary>
    public IReadOnlyList<EvalQuery> Queries { get; }

    /// <summary>The ../shared files of tests/eval/paraphrase-dev-2.files, as full paths.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The listed files ingested, or null without ../shared.</summary>
    public KnowledgeBase? KnowledgeBase { get; }

    public void Dispose()
    {
        KnowledgeBase?.Dispose();
        _dir.Dispose();
    }
}
