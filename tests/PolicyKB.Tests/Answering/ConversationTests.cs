using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>Follow-up questions rewritten from the conversation, and valid session ids (the stores are in ConversationStoreSpecs).</summary>
public sealed class ConversationTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    private static ChatTurn Turn(string question) => new(question, "…");

    [Theory]
    [InlineData("Còn Hà Tĩnh thì sao?", "Năm 2021 Hà Tĩnh đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?")]
    [InlineData("thế còn Sơn Dương?", "Năm 2021 Sơn Dương đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?")]
    [InlineData("Còn năm 2022 thì sao?", "Năm 2022 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?")]
    [InlineData("Còn giường bệnh?", "Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu giường bệnh trên vạn dân?")]
    public void A_follow_up_changes_only_what_it_names(string followUp, string expected)
    {
        var history = new[] { Turn("Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?") };

        Assert.Equal(expected, _rewriter.Rewrite(followUp, history, kb.Snapshot()));
    }

    [Fact]
    public void A_question_that_stands_on_its_own_is_left_as_asked()
    {
        var history = new[] { Turn("Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?") };
        const string question = "Sở nào chủ trì thực hiện chính sách an toàn thực phẩm thuộc lĩnh vực nông nghiệp ở Hà Tĩnh?";

        Assert.Equal(question, _rewriter.Rewrite(question, history, kb.Snapshot()));
        Assert.Equal("Còn Hà Tĩnh thì sao?", _rewriter.Rewrite("Còn Hà Tĩnh thì sao?", [], kb.Snapshot()));
    }

    [Fact]
    public void The_rewriter_skips_missing_turns_and_turns_without_a_question()
    {
        // Callers outside the API (library users, deserialised history) can hand over nulls despite the annotations.
        var history = new[] { Turn("Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?"), null!, new ChatTurn(null!, null!) };

        Assert.Equal("Năm 2021 Hà Tĩnh đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", _rewriter.Rewrite("Còn Hà Tĩnh thì sao?", history, kb.Snapshot()));
        Assert.Equal("Còn Hà Tĩnh thì sao?", _rewriter.Rewrite("Còn Hà Tĩnh thì sao?", [null!], kb.Snapshot()));
        Assert.Equal("", _rewriter.Rewrite(null!, history, kb.Snapshot()));
    }

    [Fact]
    public void A_rewritten_follow_up_is_answered_from_the_new_place()
    {
        var first = kb.Ask("Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?");

        var result = kb.Ask("Còn Hà Tĩnh thì sao?", [new ChatTurn(first.Question, first.Answer)]);

        Assert.Equal("Năm 2021 Hà Tĩnh đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", result.ResolvedQuestion);
        Assert.Equal("ha-tinh-2021-thi-dua-nganh-y-te/II.-2", result.Citations[0].ClauseId);
        Assert.Contains("10,8 bác sĩ/10.000 dân", result.Answer);
    }

    [Theory]
    [InlineData("abc-123_X", true)]
    [InlineData("", false)]
    [InlineData("có dấu", false)]
    [InlineData("../../etc", false)]
    public void Session_ids_are_plain_tokens(string id, bool valid) => Assert.Equal(valid, SessionIds.IsValid(id));
}
