using PolicyKB.Answering.Answers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>A question naming a number several documents share is answered with "which one?" and links to each.</summary>
public sealed class ClarificationTests
{
    [Fact]
    public void A_number_two_documents_share_asks_which_one_and_lists_both()
    {
        if (SharedData.CorpusDirectory is not { } corpus) return;
        using var dir = new TempDirectory();
        var source = File.ReadAllText(Path.Combine(corpus, "006_kh-172-ubnd-hcm-thi-hanh-luat-viec-lam.txt"));
        File.WriteAllText(Path.Combine(dir.Path, "a-kh-172.txt"), source);
        // The same plan number issued again with other wording: another document nobody can tell apart by number.
        File.WriteAllText(Path.Combine(dir.Path, "b-kh-172.txt"), source.Replace("Luật Việc làm", "Luật Giáo dục nghề nghiệp", StringComparison.Ordinal));
        using var kb = new SeedKnowledgeBase([dir.Path]);

        var result = kb.Ask("Kế hoạch 172/KH-UBND giao cơ quan nào chủ trì?");

        Assert.Equal(AnswerModes.Clarify, result.Mode);
        Assert.True(result.Refused);
        Assert.Equal(2, result.Choices.Count);
        Assert.Equal(2, result.Choices.Select(c => c.DocumentId).Distinct().Count());
        Assert.Contains("văn bản nào", result.Answer, StringComparison.Ordinal);
    }
}
