using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The fifteenth held-out question set, tests/eval/answers-unseen-15.jsonl: 201 questions over twelve documents of
/// ../shared/train no other set, content/, corpus/ or the reranker's training spread uses (a provincial plan carrying out a
/// Prime Minister's directive, a Party Central Office notice of the General Secretary's conclusions, a Home Affairs circular
/// amending pay-step rules, a Prime Minister's dispatch (công điện), a city council resolution on sport spending, a Labour
/// ministry circular guiding a one-off allowance; then a city plan for supervising a national programme, a Government Office
/// letter, a 2026 decree on incentives, a Government Office notice of a Deputy Prime Minister's conclusions, a Government
/// resolution adopting law policies and a Prime Minister's decision approving a training scheme with its task appendix),
/// written blind to judge the session-17 answering, facts and search changes and split by document (six test documents,
/// six dev documents). The floors sit just below main's measured figures on each half.
/// </summary>
public sealed class FifteenthUnseenAnswerEvaluationTests(FifteenthUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<FifteenthUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_is_split_by_document_with_a_third_unanswerable_over_documents_no_other_set_uses()
        => HeldOutFloors.CheckSetShape(FifteenthUnseenKnowledgeBase.EvalFile, 180);

    // Measured on main at 24952d2 with the set as committed at 39ad5bd (`SETS=answers-unseen-15 /work/briefs/chatrun.sh`, i.e.
    // `policykb eval-answers tests/eval/answers-unseen-15.jsonl --split test|dev`): test half 45/69 answerable right and 29/31
    // refused; dev half 53/70 and 23/31. Four judge fixes after that run only add clauses also stating the answer (U15D02: the
    // task points under the Finance ministry's heading; U15F03: the title, preamble and appendix naming Decision 57/2013;
    // U15F12: Article 1 and the chapeau of Article 2.1 naming the workers who served the experts; U15H07: the title naming the
    // section, its expected text cut to the two provinces) and can only raise the figures (this class's run after them: test 47/69
    // and 29/31, dev 53/70 and 23/31). The floors sit one below the baseline run.
    [Theory]
    [InlineData("test", 44, 28)]
    [InlineData("dev", 52, 22)]
    public Task Meets_the_answer_and_refusal_floors_on_each_half(string split, int answeredFloor, int refusedFloor)
        => HeldOutFloors.CheckSplitAsync(kb.Knowledge, FifteenthUnseenKnowledgeBase.EvalFile, split, answeredFloor, refusedFloor, output);
}
