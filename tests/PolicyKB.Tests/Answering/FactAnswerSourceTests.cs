using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Facts;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// FactAnswerSource over the seed documents: it states a stored fact about the document the question names, citing the
/// clause (or, for the signature block, the document), and returns nothing when the fact is not stored.
/// </summary>
public sealed class FactAnswerSourceTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private const string HaGiang = "ha-giang-2021-ky-niem-ngay-thay-thuoc";

    private Task<DraftAnswer?> AskAsync(string question)
    {
        var knowledge = kb.Snapshot();
        var analysis = QuestionAnalyzer.CreateDefault().Analyze(question, knowledge);
        var retriever = new ClauseRetriever(kb.KnowledgeBase.Store, kb.KnowledgeBase.Search);
        return new FactAnswerSource(kb.KnowledgeBase.Store).TryAnswerAsync(analysis, knowledge, id => retriever.Frame(id, knowledge), CancellationToken.None);
    }

    [Fact]
    public async Task The_signer_of_a_named_plan_is_stated_and_the_document_cited()
    {
        var draft = await AskAsync("Ai ký Kế hoạch 36/KH-SYT của Sở Y tế Hà Giang?");

        Assert.NotNull(draft);
        Assert.Equal(AnswerModes.Facts, draft.Mode);
        Assert.Contains("Lương Viết Thuận", draft.Text);
        Assert.Contains("Giám đốc", draft.Text);
        Assert.Equal(HaGiang, Assert.Single(draft.Sources).Document.Id);
    }

    [Fact]
    public async Task The_signer_is_found_from_a_question_typed_without_accents()
    {
        var draft = await AskAsync("nguoi ky ke hoach 36/KH-SYT ha giang la ai");

        Assert.NotNull(draft);
        Assert.Contains("Lương Viết Thuận", draft.Text);
    }

    [Fact]
    public async Task A_printed_issue_date_is_stated_with_the_clause_that_prints_it()
    {
        var draft = await AskAsync("Kế hoạch 36/KH-SYT của Hà Giang được ban hành ngày nào?");

        Assert.NotNull(draft);
        Assert.Contains("29/01/2021", draft.Text);
        Assert.All(draft.Sources, s => Assert.Equal(HaGiang, s.Document.Id));
    }

    [Fact]
    public async Task An_effective_date_the_document_does_not_state_is_not_guessed()
    {
        Assert.Null(await AskAsync("Kế hoạch 36/KH-SYT của Hà Giang có hiệu lực từ ngày nào?"));
    }

    [Fact]
    public async Task A_relation_the_document_does_not_state_gives_no_answer()
    {
        Assert.Null(await AskAsync("Kế hoạch 36/KH-SYT của Hà Giang bãi bỏ những văn bản nào?"));
    }

    [Fact]
    public async Task A_question_naming_no_document_is_left_to_the_other_answerers()
    {
        Assert.Null(await AskAsync("Ai ký kế hoạch thi đua của ngành y tế?"));
    }

    [Fact]
    public async Task A_question_about_content_rather_than_facts_is_left_to_the_other_answerers()
    {
        Assert.Null(await AskAsync("Kế hoạch 36/KH-SYT của Hà Giang có mục đích gì?"));
    }

    [Fact]
    public async Task A_task_asked_of_a_place_without_naming_its_plan_is_answered_from_the_one_plan_of_that_place_holding_it()
    {
        var draft = await AskAsync("Ở Hà Giang, đơn vị nào chủ trì tham mưu tổ chức Tọa đàm với Lãnh đạo Sở Y tế?");

        Assert.NotNull(draft);
        Assert.Equal(AnswerModes.Facts, draft.Mode);
        Assert.Contains("Văn phòng Sở Y tế chủ trì", draft.Text);
        Assert.Equal(HaGiang, Assert.Single(draft.Sources).Document.Id);
    }

    [Fact]
    public async Task A_task_asked_of_a_place_whose_plans_do_not_hold_it_gets_no_fact_answer()
    {
        Assert.Null(await AskAsync("Ở Hà Giang, đơn vị nào chủ trì xây dựng bộ tiêu chí đánh giá chuyển đổi số doanh nghiệp?"));
    }

    [Theory]
    [InlineData("Ai ký Thông tư 01/2025/TT-BLĐTBXH?", FactQuestionKind.Signer)]
    [InlineData("Thông tư 01/2025 có hiệu lực thi hành từ ngày nào?", FactQuestionKind.EffectiveOn)]
    [InlineData("Nghị quyết 113/NQ-CP có hiệu lực từ khi nào?", FactQuestionKind.EffectiveOn)]
    [InlineData("Thông tư 20/2023/TT-BLĐTBXH còn hiệu lực không?", FactQuestionKind.EffectStatus)]
    [InlineData("Thông tư 01/2025/TT-BLĐTBXH làm hết hiệu lực thông tư nào?", FactQuestionKind.Repeals)]
    [InlineData("Nghị quyết 63/2025/NQ-HĐND thay thế nghị quyết nào?", FactQuestionKind.Replaces)]
    [InlineData("Thông tư 09/2021 sửa đổi, bổ sung thông tư nào?", FactQuestionKind.Amends)]
    [InlineData("Nghị quyết 24/2022 được thông qua ngày nào?", FactQuestionKind.IssuedOn)]
    [InlineData("Cơ quan nào chủ trì rà soát Chiến lược dữ liệu theo Kế hoạch 308?", FactQuestionKind.TaskLead)]
    [InlineData("Nghị quyết 17/2022 hết hiệu lực vào ngày nào?", FactQuestionKind.None)]
    [InlineData("Bộ tiêu chí đánh giá chuyển đổi số theo Kế hoạch 617 phải xong khi nào?", FactQuestionKind.TaskDeadline)]
    [InlineData("Việc rà soát quy hoạch theo Kế hoạch 12 xong trước ngày nào?", FactQuestionKind.TaskDeadline)]
    [InlineData("Mức chuẩn trợ giúp xã hội theo Nghị quyết 63/2025 là bao nhiêu?", FactQuestionKind.None)]
    public void Fact_questions_are_told_by_their_asking_phrase(string question, FactQuestionKind expected)
    {
        Assert.Equal(expected, FactQuestions.Classify(question));
    }
}
