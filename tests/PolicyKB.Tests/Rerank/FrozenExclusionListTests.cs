using PolicyKB.Cli.Reranking;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Rerank;

/// <summary>
/// content/models/training-excluded.txt: the documents the retrain commands of content/models/README.md leave out,
/// frozen so that they read the same documents on a later checkout.
/// </summary>
public sealed class FrozenExclusionListTests
{
    private static readonly string _evalDirectory = Path.Combine(SharedData.RepositoryRoot, "tests", "eval");
    private static readonly string _frozenList = Path.Combine(SharedData.ContentDirectory, "models", "training-excluded.txt");

    [Fact]
    public void Every_training_document_a_judged_set_is_judged_over_is_left_out_by_the_frozen_retrain_list()
    {
        var train = Path.Combine(SharedData.RepositoryRoot, "..", "shared", "train");
        if (!Directory.Exists(train)) return; // without ../shared/train no document can have been trained on
        var frozen = TrainingCorpus.NamesIn([_frozenList]);

        // Only documents of ../shared/train, which both models mine (every one of them but the frozen list's).
        var missing = TrainingCorpus.JudgedNames(_evalDirectory)
            .Where(n => !frozen.Contains(n) && File.Exists(Path.Combine(train, n)))
            .Order(StringComparer.Ordinal)
            .ToList();

        // A judged set over a document a retrain would mine is not held out: write it over documents named in the
        // list, or add its names to the list and retrain both models.
        Assert.Empty(missing);
    }

    [Fact]
    public void A_new_judged_list_does_not_change_the_reranker_documents_chosen_with_the_frozen_list()
    {
        using var train = new TempDirectory();
        using var eval = new TempDirectory();
        foreach (var i in Enumerable.Range(1, 30)) File.WriteAllText(train.File($"tvpl-{i:0000}-van-ban.txt"), "Điều 1. Phạm vi điều chỉnh");
        File.WriteAllText(eval.File("frozen.txt"), "# names\n../shared/train/tvpl-0003-van-ban.txt\n");
        var before = TrainingCorpus.ChooseDocuments(train.Path, TrainingCorpus.NamesIn([eval.File("frozen.txt")]), 10);

        File.WriteAllText(eval.File("paraphrase-new.files"), "../shared/train/tvpl-0011-van-ban.txt\n");
        var live = TrainingCorpus.ChooseDocuments(train.Path, TrainingCorpus.JudgedNames(eval.Path), 10);
        var frozen = TrainingCorpus.ChooseDocuments(train.Path, TrainingCorpus.NamesIn([eval.File("frozen.txt")]), 10);

        Assert.Equal(before, frozen);
        Assert.NotEqual(before, live);
        Assert.DoesNotContain(before, f => f.EndsWith("tvpl-0003-van-ban.txt", StringComparison.Ordinal));
    }
}
