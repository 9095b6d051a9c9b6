using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A short bare follow-up asks about the task or case the previous answer quoted (issue #11, chat24b): the heading its
/// source line names ("mục A1.II.2 (Tổ chức tập huấn chuyên sâu …)") is carried with the document, without numbers. An
/// answer quoting several sections or another document, a heading-less section and a longer follow-up carry no heading.
/// </summary>
public sealed class FollowUpSectionTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    private const string Asked = "Theo kế hoạch thi hành luật, ai chủ trì tập huấn chuyên sâu?";

    private const string Source = "— Nguồn: Quyết định 2623/QĐ-TTg của Thủ tướng Chính phủ ngày 29/11/2025";

    private const string Answered = "Trích từ văn bản:\n«Cơ quan chủ trì: Bộ Công an.» [1]\n" + Source
        + ", mục A1.II.2 (Tổ chức tập huấn chuyên sâu năm 2025, bồi dưỡng nghiệp vụ).";

    [Fact]
    public void A_bare_follow_up_asks_about_the_section_the_previous_answer_quoted()
    {
        var rewritten = _rewriter.Rewrite("thời gian thực hiện khi nào?", [new ChatTurn(Asked, Answered)], kb.Snapshot());

        Assert.Equal("thời gian thực hiện khi nào (theo Quyết định 2623/QĐ-TTg, Tổ chức tập huấn chuyên sâu năm bồi dưỡng nghiệp vụ)?", rewritten);
    }

    [Theory]
    [InlineData(", mục A1.II.8 (Tổ chức kiểm tra).")]
    [InlineData(", mục A1.II.8.")]
    public void An_answer_quoting_several_sections_carries_the_document_alone(string otherSection)
    {
        // The second section may have a heading or not: either way which section the follow-up means is not known.
        var several = Answered + "\n«Thời gian: năm 2026.» [2]\n" + Source + otherSection;

        var rewritten = _rewriter.Rewrite("thời gian thực hiện khi nào?", [new ChatTurn(Asked, several)], kb.Snapshot());

        Assert.Equal("thời gian thực hiện khi nào (theo Quyết định 2623/QĐ-TTg)?", rewritten);
    }

    [Fact]
    public void A_section_of_another_document_than_the_one_carried_is_not_carried()
    {
        // The previous question named Thông tư 40; the answer's section belongs to another document.
        var history = new ChatTurn("Thông tư 40/2026/TT-BTC có hiệu lực đến ngày nào?", Answered);

        var rewritten = _rewriter.Rewrite("thời gian thực hiện khi nào?", [history], kb.Snapshot());

        Assert.Equal("thời gian thực hiện khi nào (theo Thông tư 40/2026/TT-BTC)?", rewritten);
    }

    [Fact]
    public void A_longer_bare_follow_up_carries_the_document_alone()
    {
        // Nine words: it spells out its own ask, which may lie in another section of the same document.
        var history = new ChatTurn("Quyết định 2623/QĐ-TTg giao ai chủ trì tập huấn chuyên sâu?", Answered);

        var rewritten = _rewriter.Rewrite("có vướng mắc khi thực hiện thì báo về đâu?", [history], kb.Snapshot());

        Assert.Equal("có vướng mắc khi thực hiện thì báo về đâu (theo Quyết định 2623/QĐ-TTg)?", rewritten);
    }
}
