using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The knowledge base of tests/eval/answers-unseen-20.jsonl: content/ plus the files of ../shared listed in
/// tests/eval/answers-unseen-20.files; <see cref="Knowledge"/> is null when ../shared is absent.
/// </summary>
public sealed class TwentiethUnseenKnowledgeBase : IDisposable
{
    /// <summary>The evaluation set.</summary>
    public static string EvalFile => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "answers-unseen-20.jsonl");

    public TwentiethUnseenKnowledgeBase() => Knowledge = UnseenKnowledgeBase.Load("answers-unseen-20.files");

    public SeedKnowledgeBase? Knowledge { get; }

    public void Dispose() => Knowledge?.Dispose();
}
