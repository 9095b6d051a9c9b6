using PolicyKB.Cli.Reranking;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Rerank;

/// <summary>
/// train-reranker --chat learns only from the dev halves of chat question sets: answerable, stand-alone questions
/// with judged clauses, and only the documents they are judged over; a test-half document is never taken.
/// </summary>
public sealed class ChatTrainingSetTests
{
    [Fact]
    public void Only_answerable_stand_alone_dev_questions_and_their_documents_are_taken()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "nha-o.txt", "hoc-phi.txt", "dien.txt" }) File.WriteAllText(Path.Combine(dir.Path, name), "Điều 1. Nội dung");
        File.WriteAllText(Path.Combine(dir.Path, "set.files"), "# documents\nnha-o.txt\nhoc-phi.txt\ndien.txt\n");
        File.WriteAllLines(Path.Combine(dir.Path, "set.jsonl"),
        [
            "// a comment line",
            """{"id": "T1", "split": "test", "question": "học online đóng bao nhiêu tiền", "expectClauses": ["hoc-phi/1"]}""",
            """{"id": "D1", "split": "dev", "question": "thuê nhà xã hội giá bao nhiêu", "expectClauses": ["nha-o/1"]}""",
            """{"id": "D2", "split": "dev", "question": "còn ở xã thì sao?", "history": ["thuê nhà xã hội giá bao nhiêu"], "expectClauses": ["nha-o/1"]}""",
            """{"id": "D3", "split": "dev", "question": "ai ký quyết định về giá điện?", "expectRefusal": true}""",
            """{"id": "D4", "split": "dev", "question": "giá điện bậc 1 là bao nhiêu", "expectText": ["1.806"]}""",
            """{"id": "D5", "split": "dev", "question": "học phí có được miễn không", "expectClauses": ["hoc-phi/2"]}""",
            """{"id": "D6", "split": "dev", "question": "kế hoạch khám sức khoẻ do ai chủ trì", "expectClauses": ["ke-hoach-36/1"]}""",
        ]);

        var set = ChatTrainingSet.Load([Path.Combine(dir.Path, "set.jsonl")], dir.Path);

        // D5 is dev but judged over the test half's document; D6 over a document outside the set's list (content/).
        Assert.Equal("D1", Assert.Single(set.Cases).Id);
        Assert.Equal("nha-o.txt", Path.GetFileName(Assert.Single(set.Files)));
    }

    [Fact]
    public void A_needed_document_that_is_missing_is_an_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "set.files"), "missing.txt\n");
        File.WriteAllText(Path.Combine(dir.Path, "set.jsonl"),
            """{"id": "D1", "split": "dev", "question": "thuê nhà xã hội giá bao nhiêu", "expectClauses": ["missing/1"]}""");
        Assert.Throws<FileNotFoundException>(() => ChatTrainingSet.Load([Path.Combine(dir.Path, "set.jsonl")], dir.Path));
    }
}
