using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The knowledge base of tests/eval/answers-unseen-23.jsonl: content/ plus the files of ../shared listed in
/// tests/eval/answers-unseen-23.files; <see cref="Knowledge"/> is null when ../shared is absent.
/// </summary>
public sealed class TwentyThirdUnseenKnowledgeBase : IDisposable
{
    /// <summary>The evaluation set.</summary>
    public static string EvalFile => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "answers-unseen-23.jsonl");

    public TwentyThirdUnseenKnowledgeBase() => Knowledge = UnseenKnowledgeBase.Load("answers-unseen-23.files");

    public SeedKnowledgeBase? Knowledge { get; }

    public void Dispose() => Knowledge?.Dispose();
}
