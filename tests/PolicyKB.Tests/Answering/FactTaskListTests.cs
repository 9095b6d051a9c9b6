using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Facts;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Tasks by agency and by period, and target values, answered from the facts of the seed documents: the tasks the plan
/// gives the named agency or sets due in the named period, each citing its clause; an honest refusal when the plan
/// assigns the agency nothing or sets nothing due in the period.
/// </summary>
public sealed class FactTaskListTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private const string HaTinh = "ha-tinh-2024-cung-co-y-te-co-so";
    private const string ThanhHoa = "thanh-hoa-2021-ke-hoach-hanh-dong-y-te";

    private Task<DraftAnswer?> AskAsync(string question)
    {
        var knowledge = kb.Snapshot();
        var analysis = QuestionAnalyzer.CreateDefault().Analyze(question, knowledge);
        var retriever = new ClauseRetriever(kb.KnowledgeBase.Store, kb.KnowledgeBase.Search);
        return new FactAnswerSource(kb.KnowledgeBase.Store).TryAnswerAsync(analysis, knowledge, id => retriever.Frame(id, knowledge), CancellationToken.None);
    }

    [Fact]
    public async Task The_tasks_of_a_named_agency_are_listed_with_their_clauses()
    {
        var draft = await AskAsync("Theo kế hoạch củng cố y tế cơ sở của Hà Tĩnh năm 2024, Sở Nội vụ phải làm gì?");

        Assert.NotNull(draft);
        Assert.False(draft.Refused);
        Assert.Equal(AnswerModes.Facts, draft.Mode);
        Assert.Contains("Sở Nội vụ", draft.Text);
        Assert.Contains("đào tạo", draft.Text);
        Assert.All(draft.Sources, s => Assert.StartsWith(HaTinh + "/V.2.4", s.Id));
    }

    [Fact]
    public async Task An_agency_the_plan_never_names_is_refused_rather_than_answered_with_another_agency()
    {
        var draft = await AskAsync("Sở Du lịch phải làm gì theo kế hoạch củng cố y tế cơ sở của Hà Tĩnh năm 2024?");

        Assert.NotNull(draft);
        Assert.True(draft.Refused);
        Assert.Contains("Sở Du lịch", draft.Text);
    }

    [Fact]
    public async Task The_tasks_due_in_a_quarter_are_listed_with_the_deadline_as_printed()
    {
        var draft = await AskAsync("Theo kế hoạch hành động ngành y tế Thanh Hóa năm 2021, nhiệm vụ nào phải hoàn thành trong quý IV năm 2021?");

        Assert.NotNull(draft);
        Assert.False(draft.Refused);
        Assert.Contains("quý IV năm 2021", draft.Text);
        Assert.Contains(draft.Sources, s => s.Id == ThanhHoa + "/II~2.5");
    }

    [Fact]
    public async Task A_sentence_due_in_the_period_counts_though_no_task_row_holds_it()
    {
        var draft = await AskAsync("Theo kế hoạch hành động ngành y tế Thanh Hóa năm 2021, những việc nào phải làm trong quý II năm 2021?");

        Assert.NotNull(draft);
        Assert.False(draft.Refused);
        Assert.Contains(draft.Sources, s => s.Id == ThanhHoa + "/II~2.3");
    }

    [Fact]
    public async Task A_period_with_nothing_due_is_refused()
    {
        var draft = await AskAsync("Những nhiệm vụ nào của kế hoạch củng cố y tế cơ sở Hà Tĩnh năm 2024 phải hoàn thành trong quý II năm 2024?");

        Assert.NotNull(draft);
        Assert.True(draft.Refused);
        Assert.Empty(draft.Sources);
    }

    [Fact]
    public async Task A_target_value_is_stated_from_the_facts_with_its_clause()
    {
        var draft = await AskAsync("Kế hoạch củng cố y tế cơ sở của Hà Tĩnh năm 2024 đặt mục tiêu tỷ lệ người dân tham gia bảo hiểm y tế đến năm 2030 là bao nhiêu?");

        Assert.NotNull(draft);
        Assert.Equal(AnswerModes.Facts, draft.Mode);
        Assert.Contains("trên 95%", draft.Text);
        Assert.Equal(HaTinh + "/II.2.-5", Assert.Single(draft.Sources).Id);
    }

    [Fact]
    public async Task A_target_the_plan_does_not_set_gives_no_fact_answer()
    {
        Assert.Null(await AskAsync("Kế hoạch củng cố y tế cơ sở của Hà Tĩnh năm 2024 đặt chỉ tiêu số giường bệnh trên vạn dân đến năm 2030 là bao nhiêu?"));
    }

    [Theory]
    [InlineData("Sở Tài chính chủ trì những nhiệm vụ nào theo Kế hoạch 980/KH-UBND?", FactQuestionKind.AgencyTasks)]
    [InlineData("Sở Y tế phải làm gì theo kế hoạch củng cố y tế cơ sở?", FactQuestionKind.AgencyTasks)]
    [InlineData("Việc gì phải xong trước 30/6?", FactQuestionKind.PeriodTasks)]
    [InlineData("Sở Y tế phải làm gì trong quý II năm 2024?", FactQuestionKind.PeriodTasks)]
    [InlineData("Những nhiệm vụ nào phải hoàn thành trong 6 tháng đầu năm 2025?", FactQuestionKind.PeriodTasks)]
    [InlineData("Chỉ tiêu tỷ lệ tiêm chủng đầy đủ của kế hoạch là bao nhiêu?", FactQuestionKind.TargetValue)]
    [InlineData("Cơ quan nào chủ trì tổ chức lại Ban Chỉ huy Phòng thủ dân sự?", FactQuestionKind.TaskLead)]
    [InlineData("Kế hoạch có những nhiệm vụ nào?", FactQuestionKind.None)]
    public void Task_list_and_target_questions_are_told_by_their_form(string question, FactQuestionKind expected)
    {
        Assert.Equal(expected, FactQuestions.Classify(question));
    }
}
