using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A follow-up that names its own subject and its own ask ("còn X thì ai lo?") is asked as it stands, without its
/// lead-in, instead of being spliced into the previous question (issue #11 round 11b, dev failures U6E08 and U8I10).
/// </summary>
public sealed class FollowUpOwnAskTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    [Fact]
    public void A_follow_up_with_its_own_who_question_drops_only_its_lead_in()
    {
        var history = new[] { new ChatTurn("Ai báo cáo Thủ tướng về tiến độ dự án cầu cảng?", "…") };

        var rewritten = _rewriter.Rewrite("còn giải phóng mặt bằng khu tái định cư thì ai lo?", history, kb.Snapshot());

        Assert.Equal("Giải phóng mặt bằng khu tái định cư thì ai lo?", rewritten);
    }

    [Fact]
    public void An_unaccented_how_question_with_its_own_subject_stands_alone()
    {
        var history = new[] { new ChatTurn("Nghị định 141/2026/NĐ-CP có hiệu lực từ ngày nào?", "…") };

        var rewritten = _rewriter.Rewrite("doanh nghiep da nop thue quy I thi xu ly the nao?", history, kb.Snapshot());

        Assert.Equal("doanh nghiep da nop thue quy I thi xu ly the nao?", rewritten);
    }

    [Fact]
    public void A_bare_subject_with_thi_sao_still_keeps_the_previous_ask()
    {
        var history = new[] { new ChatTurn("Theo Nghị quyết 21/2025/NQ-HĐND, trẻ em mầm non được hỗ trợ bao nhiêu mỗi tháng?", "…") };

        var rewritten = _rewriter.Rewrite("Còn giáo viên thì sao?", history, kb.Snapshot());

        Assert.StartsWith("Theo Nghị quyết 21/2025/NQ-HĐND", rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_own_ask_keeps_the_document_the_previous_question_named()
    {
        // issue #11, chat21b (tuning U11I10): "còn nghị quyết nào" asks what the same dispatch follows, not every resolution.
        var history = new[] { new ChatTurn("Công điện 232/CĐ-TTg tiếp theo công điện nào trước đó của Thủ tướng?", "…") };

        var rewritten = _rewriter.Rewrite("còn nghị quyết nào của Chính phủ?", history, kb.Snapshot());

        Assert.Equal("Nghị quyết nào của Chính phủ (theo Công điện 232/CĐ-TTg)?", rewritten);
    }

    [Fact]
    public void Its_own_ask_carries_no_document_the_previous_answer_only_quoted()
    {
        var history = new[] { new ChatTurn("Ai báo cáo Thủ tướng về tiến độ dự án cầu cảng?", "Trích từ văn bản:\n«…» [1]\n— Nguồn: Thông báo 653/TB-VPCP của Văn phòng Chính phủ ngày 28/11/2025, mục 1.") };

        var rewritten = _rewriter.Rewrite("còn giải phóng mặt bằng khu tái định cư thì ai lo?", history, kb.Snapshot());

        Assert.Equal("Giải phóng mặt bằng khu tái định cư thì ai lo?", rewritten);
    }

    [Fact]
    public void Its_own_ask_pointing_back_carries_the_document_the_previous_answer_quoted()
    {
        // issue #11 session 26 (tuning U22K04): "khu đó" points at what the previous answer was about.
        var history = new[] { new ChatTurn("Khu đất nào được giao cho dự án cầu cảng?", "Trích từ văn bản:\n«…» [1]\n— Nguồn: Thông báo 653/TB-VPCP của Văn phòng Chính phủ ngày 28/11/2025, mục 1.") };

        var rewritten = _rewriter.Rewrite("khu đó xử lý thế nào?", history, kb.Snapshot());

        Assert.Equal("khu đó xử lý thế nào (theo Thông báo 653/TB-VPCP)?", rewritten);
    }

    [Fact]
    public void A_follow_up_asking_how_long_of_its_own_subject_stands_alone()
    {
        // issue #11 session 20 (tuning U14J05): "bao lâu" is an ask of its own, like "bao nhiêu"; spliced into the previous
        // question it asked about registering and about granting accounts at once.
        var history = new[] { new ChatTurn("Đăng ký tài khoản người khai thì trong bao lâu được kiểm tra, đối chiếu thông tin?", "…") };

        var rewritten = _rewriter.Rewrite("còn cấp tài khoản cho cán bộ của Bộ Tài chính thì mất bao lâu?", history, kb.Snapshot());

        Assert.Equal("Cấp tài khoản cho cán bộ của Bộ Tài chính thì mất bao lâu?", rewritten);
    }

    [Theory]
    [InlineData("chỉ thị đó ban hành ngày nào?", true)]
    [InlineData("nghị quyết trên do ai ký?", true)]
    [InlineData("chi thi do ban hanh ngay nao?", true)]
    [InlineData("Chỉ thị 12/CT-TTg ban hành ngày nào?", false)]
    public void A_follow_up_pointing_at_a_document_is_recognised_for_the_previously_quoted_clauses(string question, bool points)
    {
        Assert.Equal(points, FollowUpRewriter.PointsAtDocument(question));
    }
}
