using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A follow-up whose previous question named no document by number asks about the document the previous answer quoted
/// (issue #11, chat19b): its source lines name it. A refusal, an answer quoting several documents and a follow-up naming
/// its own document or place carry nothing.
/// </summary>
public sealed class FollowUpAnsweredDocumentTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    private const string Asked = "Đến 2035 tỉnh phấn đấu ít nhất bao nhiêu phần trăm phường triển khai mô hình mới?";

    private const string Answered =
        "Trích từ văn bản:\n«Phấn đấu đến năm 2035 có ít nhất 55% phường triển khai mô hình.» [1]\n— Nguồn: Kế hoạch 624/KH-UBND của UBND tỉnh Hà Tĩnh ngày 19/11/2025, mục II.2.c.";

    [Theory]
    [InlineData("đó là những phường nào?")]
    [InlineData("đạt tỷ lệ bao nhiêu?")]
    public void A_bare_follow_up_asks_about_the_document_the_previous_answer_quoted(string question)
    {
        var rewritten = _rewriter.Rewrite(question, [new ChatTurn(Asked, Answered)], kb.Snapshot());

        Assert.Equal(question.TrimEnd('?') + " (theo Kế hoạch 624/KH-UBND)?", rewritten);
    }

    [Fact]
    public void A_follow_up_pointing_at_a_document_is_not_given_the_quoted_one()
    {
        // "quyết định đó" may be the decision the answer only mentions (the one repealed), not the one it quoted.
        const string question = "quyết định đó của tỉnh nào ban hành?";

        Assert.Equal(question, _rewriter.Rewrite(question, [new ChatTurn(Asked, Answered)], kb.Snapshot()));
    }

    [Fact]
    public void A_refusal_or_an_answer_from_several_documents_carries_no_document()
    {
        var refused = new ChatTurn(Asked, AnswerResult.NotFound + ".\n\n— Nguồn: Kế hoạch 624/KH-UBND của UBND tỉnh Hà Tĩnh.");
        var mixed = new ChatTurn(Asked, Answered + "\n«Nội dung khác.» [2]\n— Nguồn: Nghị quyết 51/2025/NQ-HĐND của HĐND thành phố Hà Nội, mục D2.");

        Assert.Equal("đó là những phường nào?", _rewriter.Rewrite("đó là những phường nào?", [refused], kb.Snapshot()));
        Assert.Equal("đó là những phường nào?", _rewriter.Rewrite("đó là những phường nào?", [mixed], kb.Snapshot()));
    }

    [Fact]
    public void A_follow_up_naming_its_own_document_is_left_as_typed()
    {
        const string question = "thông báo 659/TB-VPCP đó nói gì?";

        Assert.Equal(question, _rewriter.Rewrite(question, [new ChatTurn(Asked, Answered)], kb.Snapshot()));
    }

    [Theory]
    [InlineData("thế báo cáo kết quả hằng năm thì hạn chót là ngày nào của các đơn vị thực hiện?")]
    [InlineData("rồi Sở Khoa học và Công nghệ phải báo cáo lên tỉnh và Bộ trước ngày nào?")]
    public void A_long_follow_up_going_on_with_the_or_roi_asks_about_the_document_quoted(string question)
    {
        var rewritten = _rewriter.Rewrite(question, [new ChatTurn(Asked, Answered)], kb.Snapshot());

        Assert.Equal(question.TrimEnd('?') + " (theo Kế hoạch 624/KH-UBND)?", rewritten);
    }
}
