using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The eighth held-out question set, tests/eval/answers-unseen-8.jsonl: 203 questions over twelve documents of
/// ../shared/train no other set, content/, corpus/ or the reranker's training spread uses (two decisions, one with an
/// attached plan, two plans, a circular, a decree, an official letter, two council resolutions, a Party guidance, a
/// Prime Minister's dispatch and a Government Office notice), written blind to judge the session-11 answering, facts and
/// embedding/reranker changes and split by document (six test documents never tuned on, six dev documents). The floors
/// sit just below main's measured figures on each half.
/// </summary>
public sealed class EighthUnseenAnswerEvaluationTests(EighthUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<EighthUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_is_split_by_document_with_a_third_unanswerable_over_documents_no_other_set_uses()
        => HeldOutFloors.CheckSetShape(EighthUnseenKnowledgeBase.EvalFile, 90);

    // Measured on main at 674f1a3 (the set as first committed): test half 30/75 answerable right and 21/33 refused;
    // dev half 37/65 and 21/30 (`policykb eval-answers tests/eval/answers-unseen-8.jsonl --split test|dev`); this
    // fixture's store gives the dev half 36/65, hence the dev floor one lower.
    // Raised in session 11 to one below this fixture's figures on main at 04acfa1: test 31/75 answerable and 27/33 refused, dev 40/65 and 25/30.
    // Answerable floors raised in session 12 to one below main at bbea0a2: test 33/75, dev 47/65 (refusals unchanged).
    [Theory]
    [InlineData("test", 32, 26)]
    [InlineData("dev", 46, 24)]
    public Task Meets_the_answer_and_refusal_floors_on_each_half(string split, int answeredFloor, int refusedFloor)
        => HeldOutFloors.CheckSplitAsync(kb.Knowledge, EighthUnseenKnowledgeBase.EvalFile, split, answeredFloor, refusedFloor, output);
}
