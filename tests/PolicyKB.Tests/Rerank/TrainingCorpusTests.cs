using PolicyKB.Cli.Reranking;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Rerank;

/// <summary>Which ../shared/train documents <c>train-reranker</c> may mine judgements from.</summary>
public sealed class TrainingCorpusTests
{
    private static readonly string _evalDirectory = Path.Combine(SharedData.RepositoryRoot, "tests", "eval");

    [Fact]
    public void Documents_of_every_judged_list_are_never_chosen_for_reranker_judgements()
    {
        var judged = ListedNames("paraphrase-dev.files").Concat(ListedNames("answers-dev-5.files")).ToList();
        Assert.NotEmpty(judged);
        using var train = new TempDirectory();
        foreach (var name in judged.Concat(["tvpl-9001-khong-danh-gia.txt", "tvpl-9002-khong-danh-gia.txt"]))
        {
            File.WriteAllText(train.File(name), "Điều 1. Phạm vi điều chỉnh");
        }

        var chosen = TrainingCorpus.ChooseDocuments(train.Path, TrainingCorpus.JudgedNames(_evalDirectory), 1_000).Select(Path.GetFileName).ToList();

        Assert.Equal(["tvpl-9001-khong-danh-gia.txt", "tvpl-9002-khong-danh-gia.txt"], chosen);
    }

    private static IEnumerable<string> ListedNames(string list) =>
        File.ReadLines(Path.Combine(_evalDirectory, list))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFileName(l.TrimEnd('/')));
}
