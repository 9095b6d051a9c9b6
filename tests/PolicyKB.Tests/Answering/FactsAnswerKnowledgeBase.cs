using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The knowledge base of tests/eval/answers-facts.jsonl: content/ plus the files of ../shared listed in
/// tests/eval/answers-facts.files; <see cref="Knowledge"/> is null when ../shared is absent.
/// </summary>
public sealed class FactsAnswerKnowledgeBase : IDisposable
{
    /// <summary>The evaluation set.</summary>
    public static string EvalFile => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "answers-facts.jsonl");

    public FactsAnswerKnowledgeBase() => Knowledge = UnseenKnowledgeBase.Load("answers-facts.files");

    public SeedKnowledgeBase? Knowledge { get; }

    public void Dispose() => Knowledge?.Dispose();
}
