using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A follow-up replaces the entity it changes instead of appending it beside the old one: a place, a period a limit is
/// counted over, an agency (issue #11 round 4, dev failures D5B09 and D5E11 of tests/eval/answers-dev-5.jsonl).
/// </summary>
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

    [Fact]
    public void A_new_period_replaces_the_period_of_the_limit_asked()
    {
        var history = new[] { new ChatTurn("Theo Thông tư 18/2021/TT-BLĐTBXH, tổng số giờ làm thêm trong một tháng không quá bao nhiêu giờ?", "…") };

        var rewritten = _rewriter.Rewrite("Còn trong một năm thì sao?", history, kb.Snapshot());

        Assert.Equal("Theo Thông tư 18/2021/TT-BLĐTBXH, tổng số giờ làm thêm trong một năm không quá bao nhiêu giờ?", rewritten);
    }

    [Fact]
    public void A_new_agency_replaces_the_agency_whose_tasks_were_asked()
    {
        var history = new[] { new ChatTurn("Theo Kế hoạch 597/KH-UBND tỉnh Đồng Tháp, Sở Tài chính có nhiệm vụ gì?", "…") };

        var rewritten = _rewriter.Rewrite("Còn Công an Tỉnh thì sao?", history, kb.Snapshot());

        Assert.Equal("Theo Kế hoạch 597/KH-UBND tỉnh Đồng Tháp, Công an Tỉnh có nhiệm vụ gì?", rewritten);
    }
}
