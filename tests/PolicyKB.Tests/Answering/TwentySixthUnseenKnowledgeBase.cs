using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The knowledge base of tests/eval/answers-unseen-26.jsonl: content/ plus the files of ../shared listed in
/// tests/eval/answers-unseen-26.files; <see cref="Knowledge"/> is null when ../shared is absent.
/// </summary>
public sealed class TwentySixthUnseenKnowledgeBase : IDisposable
{
    /// <summary>The evaluation set.</summary>
    public static string EvalFile => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "answers-unseen-26.jsonl");

    public TwentySixthUnseenKnowledgeBase() => Knowledge = UnseenKnowledgeBase.Load("answers-unseen-26.files");

    public SeedKnowledgeBase? Knowledge { get; }

    public void Dispose() => Knowledge?.Dispose();
}
