using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The sixteenth held-out question set, tests/eval/answers-unseen-16.jsonl: 201 questions over twelve documents of
/// ../shared/train no other set, content/, corpus/ or the reranker's training spread uses (a provincial plan for emergency
/// flood relief, a Party Secretariat regulation on the Party archive fonds, a 2026 Finance ministry circular on special-flight
/// budgets, a city council resolution on an honorary-citizen title, a ministry letter answering voters, a 2026 decree amending
/// the denunciation decree; then a provincial technology-renewal plan with its task appendix, a Prime Minister's decision
/// approving a scheme with its task appendix, a Prime Minister's flood dispatch (công điện), a 2022 circular suspending two
/// circulars, a provincial tax office letter and a Government Office notice of a Deputy Prime Minister's conclusions),
/// written blind to judge the session-18 answering, facts and search changes and split by document (six test documents,
/// six dev documents). The floors sit just below main's measured figures on each half.
/// </summary>
public sealed class SixteenthUnseenAnswerEvaluationTests(SixteenthUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<SixteenthUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_is_split_by_document_with_a_third_unanswerable_over_documents_no_other_set_uses()
        => HeldOutFloors.CheckSetShape(SixteenthUnseenKnowledgeBase.EvalFile, 180);

    // Measured on main at 4bbb461 with the set as committed at e47b43e (`SETS=answers-unseen-16 /work/briefs/chatrun.sh`, i.e.
    // `policykb eval-answers tests/eval/answers-unseen-16.jsonl --split test|dev`): test half 45/72 answerable right and 28/31
    // refused; dev half 50/68 and 24/30. One judge fix after that run only adds a clause also stating the answer (U16F05: the
    // withdrawal-form template M2~2 listing the same fields as Article 4.1) and can only raise the figures (this class's run
    // after it: test 45/72 and 28/31, dev 50/68 and 24/30, unchanged). The floors sit one below the baseline run.
    [Theory]
    [InlineData("test", 44, 27)]
    [InlineData("dev", 49, 23)]
    public Task Meets_the_answer_and_refusal_floors_on_each_half(string split, int answeredFloor, int refusedFloor)
        => HeldOutFloors.CheckSplitAsync(kb.Knowledge, SixteenthUnseenKnowledgeBase.EvalFile, split, answeredFloor, refusedFloor, output);
}
