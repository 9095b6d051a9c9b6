using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The fourteenth held-out question set, tests/eval/answers-unseen-14.jsonl: 200 questions over twelve documents of
/// ../shared/train no other set, content/, corpus/ or the reranker's training spread uses (a provincial plan for a new law,
/// a city directive on groundwater, a Party Central Office conclusion, a Prime Minister's decision approving a training
/// scheme, a city council resolution with its spending appendices, a ministry circular amending a circular; then a
/// Government Office notice of a Deputy Prime Minister's conclusions, a Government Office letter, a decree amending a
/// decree, a two-ministry joint circular, a Government resolution on special spending rules and a provincial decision
/// setting a support procedure), written blind to judge the session-16 answering, facts and search changes and split by
/// document (six test documents, six dev documents). The floors sit just below main's measured figures on each half.
/// </summary>
public sealed class FourteenthUnseenAnswerEvaluationTests(FourteenthUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<FourteenthUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_is_split_by_document_with_a_third_unanswerable_over_documents_no_other_set_uses()
        => HeldOutFloors.CheckSetShape(FourteenthUnseenKnowledgeBase.EvalFile, 180);

    // Measured on main at 3fdb304 with the set as committed (`SETS=answers-unseen-14 /work/briefs/chatrun.sh`, i.e.
    // `policykb eval-answers tests/eval/answers-unseen-14.jsonl --split test|dev`): test half 54/81 answerable right and 28/32
    // refused; dev half 40/59 and 24/28. Two judge fixes after that run only add clauses also stating the answer (U14D03: the
    // title and Article 1 naming the 2026 - 2031 period, its expected text cut to the two years; U14E12: the Front's
    // supervision point) and change no outcome. The floors sit one below.
    [Theory]
    [InlineData("test", 53, 27)]
    [InlineData("dev", 39, 23)]
    public Task Meets_the_answer_and_refusal_floors_on_each_half(string split, int answeredFloor, int refusedFloor)
        => HeldOutFloors.CheckSplitAsync(kb.Knowledge, FourteenthUnseenKnowledgeBase.EvalFile, split, answeredFloor, refusedFloor, output);
}
