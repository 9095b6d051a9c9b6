using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The knowledge base of tests/eval/answers-unseen.jsonl: content/ plus the files of ../shared listed in
/// tests/eval/answers-unseen.files; <see cref="Knowledge"/> is null when ../shared is absent.
/// </summary>
public sealed class UnseenKnowledgeBase : IDisposable
{
    /// <summary>The evaluation set.</summary>
    public static string EvalFile => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "answers-unseen.jsonl");

    public UnseenKnowledgeBase() => Knowledge = Load("answers-unseen.files");

    /// <summary>content/ plus the files listed in tests/eval/<paramref name="listFile"/>, or null when one is absent.</summary>
    internal static SeedKnowledgeBase? Load(string listFile)
    {
        var listed = File.ReadLines(Path.Combine(SharedData.RepositoryRoot, "tests", "eval", listFile))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, l.Trim())))
            .ToList();
        if (listed.Count == 0 || !listed.All(File.Exists)) return null;
        return new SeedKnowledgeBase([SharedData.ContentDirectory, .. listed]);
    }

    public SeedKnowledgeBase? Knowledge { get; }

    public void Dispose() => Knowledge?.Dispose();
}
