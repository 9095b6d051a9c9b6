using PolicyKB.Cli.Reranking;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Rerank;

/// <summary>train-reranker --judged learns only from a judged file's "train" split and the documents it is judged over.</summary>
public sealed class JudgedTrainingSetTests
{
    [Fact]
    public void Only_train_queries_and_the_documents_they_are_judged_over_are_taken()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "a.txt"), "Điều 1. Giá thuê nhà ở xã hội");
        File.WriteAllText(Path.Combine(dir.Path, "b.txt"), "Điều 1. Học phí học trực tuyến");
        File.WriteAllText(Path.Combine(dir.Path, "set.files"), "# documents\na.txt\nb.txt\n");
        File.WriteAllLines(Path.Combine(dir.Path, "set.jsonl"),
        [
            """{"query": "thuê nhà xã hội giá bao nhiêu", "kind": "paraphrase", "split": "train", "relevant": [{"source": "a.txt", "snippet": "Giá thuê"}]}""",
            """{"query": "học online đóng bao nhiêu tiền", "kind": "paraphrase", "split": "dev", "relevant": [{"source": "b.txt", "snippet": "Học phí"}]}""",
        ]);

        var set = JudgedTrainingSet.Load(Path.Combine(dir.Path, "set.jsonl"), dir.Path);

        Assert.Equal("thuê nhà xã hội giá bao nhiêu", Assert.Single(set.Queries).Query);
        Assert.Equal("a.txt", Path.GetFileName(Assert.Single(set.Files)));
    }

    [Fact]
    public void A_listed_document_that_is_missing_is_an_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "set.files"), "missing.txt\n");
        File.WriteAllText(Path.Combine(dir.Path, "set.jsonl"),
            """{"query": "thuê nhà xã hội giá bao nhiêu", "kind": "paraphrase", "split": "train", "relevant": [{"source": "missing.txt", "snippet": "Giá"}]}""");
        Assert.Throws<FileNotFoundException>(() => JudgedTrainingSet.Load(Path.Combine(dir.Path, "set.jsonl"), dir.Path));
    }
}
