using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The knowledge base of tests/eval/answers-unseen-24.jsonl: content/ plus the files of ../shared listed in
/// tests/eval/answers-unseen-24.files; <see cref="Knowledge"/> is null when ../shared is absent.
/// </summary>
public sealed class TwentyFourthUnseenKnowledgeBase : IDisposable
{
    /// <summary>The evaluation set.</summary>
    public static string EvalFile => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "answers-unseen-24.jsonl");

    public TwentyFourthUnseenKnowledgeBase() => Knowledge = UnseenKnowledgeBase.Load("answers-unseen-24.files");

    public SeedKnowledgeBase? Knowledge { get; }

    public void Dispose() => Knowledge?.Dispose();
}
