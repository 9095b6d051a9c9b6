using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A follow-up that changes one thing of the previous question replaces its counterpart of the same kind instead of being
/// appended: an item's label, a named ward or commune, a negation; what it does not change (the province) stays
/// (issue #11 session 20, tuning failures U10G08, U10J06, U14L07, U8K10).
/// </summary>
public sealed class FollowUpReplaceTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    private string Rewrite(string previous, string followUp) =>
        _rewriter.Rewrite(followUp, [new ChatTurn(previous, "…")], kb.Snapshot());

    [Theory]
    [InlineData("còn đối tượng 2?", "Đối tượng 2 quy hoạch nhiệm kỳ kế tiếp phải còn ít nhất bao nhiêu tháng công tác?")]
    [InlineData("con doi tuong 2?", "Đối tượng 2 quy hoạch nhiệm kỳ kế tiếp phải còn ít nhất bao nhiêu tháng công tác?")]
    public void Another_label_replaces_only_the_label_and_keeps_the_rest_of_the_subject(string followUp, string expected)
    {
        Assert.Equal(expected, Rewrite("Đối tượng 1 quy hoạch nhiệm kỳ kế tiếp phải còn ít nhất bao nhiêu tháng công tác?", followUp));
    }

    [Fact]
    public void A_label_of_another_head_word_is_not_a_label_swap()
    {
        var rewritten = Rewrite("Nhóm A được hỗ trợ bao nhiêu tiền?", "còn đối tượng 2?");

        Assert.DoesNotContain("Nhóm 2", rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_commune_replaces_the_named_ward_with_its_name()
    {
        var rewritten = Rewrite("Phường Phong Dinh thì ngân sách thành phố đối ứng bao nhiêu phần trăm?", "còn xã Chân Mây - Lăng Cô?");

        Assert.Equal("xã Chân Mây - Lăng Cô thì ngân sách thành phố đối ứng bao nhiêu phần trăm?", rewritten);
    }

    [Theory]
    [InlineData("còn nếu không đủ điều kiện?")]
    [InlineData("con neu khong du dieu kien thi sao?")]
    public void A_negated_case_puts_the_negation_before_the_old_case(string followUp)
    {
        var rewritten = Rewrite("Hồ sơ đủ điều kiện thì bao lâu doanh nghiệp được giải quyết kinh phí?", followUp);

        Assert.StartsWith("Hồ sơ ", rewritten, StringComparison.Ordinal);
        Assert.Matches("^Hồ sơ (không|khong) đủ điều kiện thì bao lâu doanh nghiệp được giải quyết kinh phí\\?$", rewritten);
    }

    [Fact]
    public void A_marked_subject_word_folding_to_a_stop_word_is_kept()
    {
        // "tái" folds to "tai" (the stop word "tại"), "chí" to "chi" ("chị"): typed with their marks they are subject words.
        var rewritten = Rewrite("Hộ gia đình được hỗ trợ sửa chữa nhà ở xong trước ngày nào?", "còn tái định cư thì sao?");

        Assert.Contains("tái định cư", rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_swap_keeps_the_province_the_old_subject_named()
    {
        var rewritten = Rewrite("Quyết định 08/2021 của Hà Tĩnh về máy móc chuyên dùng hết hiệu lực từ ngày nào?", "còn quyết định về thiết bị trường học?");

        Assert.Equal("quyết định về thiết bị trường học hết hiệu lực từ ngày nào ở Hà Tĩnh?", rewritten);
    }

    [Fact]
    public void Another_position_in_another_body_replaces_the_position_with_its_body()
    {
        var rewritten = Rewrite("Giám đốc Sở Tài chính được phạt tiền tối đa bao nhiêu trong lĩnh vực kế toán?", "còn Chủ tịch UBND cấp xã?");

        Assert.Equal("Chủ tịch UBND cấp xã được phạt tiền tối đa bao nhiêu trong lĩnh vực kế toán?", rewritten);
    }
}
