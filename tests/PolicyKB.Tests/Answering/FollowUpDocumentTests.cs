using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A follow-up that points back ("các khoản phí đó") or is a bare question ("thời gian thực hiện khi nào?") asks about
/// the document the previous question named by number (issue #11 round 6); a question that names its own document,
/// place or year, or a long one that stands on its own, is left as typed.
/// </summary>
public sealed class FollowUpDocumentTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();
    private static readonly ChatTurn[] History = [new("Thông tư 40/2026/TT-BTC có hiệu lực đến ngày nào?", "…")];

    [Theory]
    [InlineData("Các khoản phí đó thu theo quy định nào?")]
    [InlineData("thời gian thực hiện khi nào?")]
    public void A_follow_up_pointing_back_asks_about_the_document_named_before(string question)
    {
        var rewritten = _rewriter.Rewrite(question, History, kb.Snapshot());

        Assert.EndsWith("(theo Thông tư 40/2026/TT-BTC)?", rewritten, StringComparison.Ordinal);
        Assert.StartsWith(question.TrimEnd('?'), rewritten, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("có vướng mắc khi thực hiện thì báo về đâu?")]
    [InlineData("ai huong dan va chi dao to chuc thuc hien?")]
    public void A_longer_bare_follow_up_after_a_document_named_by_number_asks_about_it(string question)
    {
        // Nine or ten words and no document, place or year of its own: the conversation is still about Thông tư 40.
        var rewritten = _rewriter.Rewrite(question, History, kb.Snapshot());

        Assert.Equal(question.TrimEnd('?') + " (theo Thông tư 40/2026/TT-BTC)?", rewritten);
    }

    [Fact]
    public void A_longer_bare_follow_up_after_a_question_naming_no_document_is_left_as_typed()
    {
        // Only a document the previous question named by number is certain; the one its answer quoted is carried only
        // for a short bare follow-up.
        const string question = "có vướng mắc khi thực hiện thì báo về đâu?";
        const string answered = "Trích từ văn bản:\n«Phí được miễn đến hết năm 2026.» [1]\n— Nguồn: Thông tư 40/2026/TT-BTC của Bộ Tài chính ngày 06/04/2026, mục D1.";
        ChatTurn[] history = [new("Phí đường sắt được miễn đến khi nào?", answered)];

        Assert.Equal(question, _rewriter.Rewrite(question, history, kb.Snapshot()));
    }

    [Theory]
    [InlineData("Nghị quyết 25/2026/NQ-CP có hiệu lực từ ngày nào?")]
    [InlineData("Phí sử dụng kết cấu hạ tầng đường sắt quốc gia được miễn là phí quy định ở thông tư nào?")]
    public void A_question_that_stands_on_its_own_is_left_as_typed(string question) =>
        Assert.Equal(question, _rewriter.Rewrite(question, History, kb.Snapshot()));
}
