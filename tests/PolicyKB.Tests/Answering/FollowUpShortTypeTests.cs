using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A previous question may name its document with the type in short ("Theo CĐ 227, …", "QĐ 52/2025/QĐ-CTUBND …"):
/// a bare follow-up carries that document with its type spelled out; a pointer back ("quyết định đó") after a question
/// asking which document means the document the answer gave, so nothing is carried.
/// </summary>
public sealed class FollowUpShortTypeTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    [Theory]
    [InlineData("Theo CĐ 227, có bao nhiêu người chết, mất tích?", "Công điện 227")]
    [InlineData("QĐ 52/2025/QĐ-CTUBND có hiệu lực từ ngày nào?", "Quyết định 52/2025/QĐ-CTUBND")]
    [InlineData("Theo NQ 25/2026/NQ-CP, thuế suất áp dụng đến khi nào?", "Nghị quyết 25/2026/NQ-CP")]
    public void A_bare_follow_up_carries_a_document_named_with_its_type_in_short(string previous, string document)
    {
        ChatTurn[] history = [new(previous, "…")];

        Assert.Equal("thiệt hại ước tính bao nhiêu tiền (theo " + document + ")?", _rewriter.Rewrite("thiệt hại ước tính bao nhiêu tiền?", history, kb.Snapshot()));
    }

    [Theory]
    [InlineData("Tổng cục TTHC 5 có mấy đơn vị?")]
    [InlineData("Số 5282/CT-CS nói gì?")]
    public void A_short_code_inside_a_number_or_a_word_is_not_a_document_type(string previous)
    {
        ChatTurn[] history = [new(previous, "…")];

        Assert.Equal("thiệt hại ước tính bao nhiêu tiền?", _rewriter.Rewrite("thiệt hại ước tính bao nhiêu tiền?", history, kb.Snapshot()));
    }

    [Theory]
    [InlineData("QĐ 81/2025 Bắc Ninh làm hết hiệu lực quyết định nào?")]
    [InlineData("Quyết định 81/2025/QĐ-UBND làm hết hiệu lực quyết định nào?")]
    public void A_pointer_after_a_question_asking_which_document_carries_no_document(string previous)
    {
        ChatTurn[] history = [new(previous, "…")];
        const string question = "quyết định đó của tỉnh nào ban hành?";

        Assert.Equal(question, _rewriter.Rewrite(question, history, kb.Snapshot()));
    }

    [Fact]
    public void A_pointer_after_a_question_asking_something_else_still_carries_the_named_document()
    {
        ChatTurn[] history = [new("QĐ 81/2025 Bắc Ninh có hiệu lực từ ngày nào?", "…")];

        Assert.Equal("quyết định đó do ai ký (theo Quyết định 81/2025)?", _rewriter.Rewrite("quyết định đó do ai ký?", history, kb.Snapshot()));
    }
}
