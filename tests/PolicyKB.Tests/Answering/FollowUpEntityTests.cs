using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>A follow-up replaces the entity it changes instead of appending it beside the old one.</summary>
public sealed class FollowUpEntityTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    [Fact]
    public void A_new_place_replaces_the_document_number_of_the_old_place()
    {
        var history = new[] { new ChatTurn("Kế hoạch 36/KH-SYT tổ chức bao nhiêu hoạt động kỷ niệm?", "…") };

        var rewritten = _rewriter.Rewrite("Còn Hà Tĩnh thì sao?", history, kb.Snapshot());

        Assert.DoesNotContain("36/KH-SYT", rewritten, StringComparison.Ordinal);
        Assert.Contains("Hà Tĩnh", rewritten, StringComparison.Ordinal);
        Assert.StartsWith("Kế hoạch tổ chức bao nhiêu hoạt động kỷ niệm", rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_follow_up_replaces_the_place_the_first_one_added()
    {
        var history = new[] { new ChatTurn("Kế hoạch 36/KH-SYT tổ chức bao nhiêu hoạt động kỷ niệm?", "…") { ResolvedQuestion = "Kế hoạch tổ chức bao nhiêu hoạt động kỷ niệm của Hà Tĩnh?" } };

        var rewritten = _rewriter.Rewrite("Còn Thanh Hóa thì sao?", history, kb.Snapshot());

        Assert.Equal("Kế hoạch tổ chức bao nhiêu hoạt động kỷ niệm của Thanh Hóa?", rewritten);
    }
}
