using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A follow-up that names only a new subject keeps the previous question's ask and replaces the subject of the same
/// kind: the one with the same head word, or the thing measured after "bao nhiêu phần trăm" (issue #11 round 11b, dev
/// failure U8J11; the rewrite of D6E14 becomes the question a person would ask).
/// </summary>
public sealed class FollowUpSubjectTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    [Fact]
    public void A_subject_with_the_same_head_word_replaces_the_old_subject_up_to_the_predicate()
    {
        var history = new[] { new ChatTurn("Theo Quyết định 08/2022/QĐ-TTg, người lao động đang làm việc trong doanh nghiệp được hỗ trợ tiền thuê nhà bao nhiêu?", "…") };

        var rewritten = _rewriter.Rewrite("còn người quay trở lại thị trường lao động?", history, kb.Snapshot());

        Assert.Equal("Theo Quyết định 08/2022/QĐ-TTg, người quay trở lại thị trường lao động được hỗ trợ tiền thuê nhà bao nhiêu?", rewritten);
    }

    [Fact]
    public void A_new_measured_thing_replaces_what_followed_bao_nhieu_phan_tram()
    {
        var history = new[] { new ChatTurn("Tỉnh đặt chỉ tiêu bao nhiêu phần trăm xã, phường có bác sĩ vào năm 2030?", "…") };

        var rewritten = _rewriter.Rewrite("còn trạm y tế đạt chuẩn quốc gia?", history, kb.Snapshot());

        Assert.Equal("Tỉnh đặt chỉ tiêu bao nhiêu phần trăm trạm y tế đạt chuẩn quốc gia vào năm 2030?", rewritten);
    }

    [Fact]
    public void A_document_named_by_a_new_subject_takes_the_place_of_the_old_document_and_keeps_the_ask()
    {
        var history = new[] { new ChatTurn("Quyết định 08/2021 về máy móc chuyên dùng hết hiệu lực từ ngày nào?", "…") };

        var rewritten = _rewriter.Rewrite("còn quyết định về thiết bị trường học?", history, kb.Snapshot());

        Assert.Equal("quyết định về thiết bị trường học hết hiệu lực từ ngày nào?", rewritten);
    }
}
