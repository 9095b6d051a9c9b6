using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A question about a document the seeds only cite is refused as "not stored", never answered from a clause of
/// another document that does not name it.
/// </summary>
public sealed class UnstoredReferenceTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    [Theory]
    [InlineData("Quyết định 2151/QĐ-BYT có hiệu lực từ ngày nào?", "2151/QĐ-BYT")]
    [InlineData("Quyết định 52/2017/QĐ-UBND có hiệu lực từ ngày nào?", "52/2017/QĐ-UBND")]
    public void A_question_about_a_cited_but_unstored_document_is_refused_naming_it(string question, string number)
    {
        var result = kb.Ask(question);

        Assert.True(result.Refused);
        Assert.StartsWith(AnswerResult.NotFound, result.Answer);
        Assert.Contains(number, result.Answer);
        Assert.DoesNotContain("lược bỏ", result.Answer);
        Assert.Empty(result.Citations);
    }
}
