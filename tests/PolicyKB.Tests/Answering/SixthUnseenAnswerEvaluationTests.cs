using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The sixth held-out question set, tests/eval/answers-unseen-6.jsonl: 93 questions over eight documents of
/// ../shared/train no other set or content/ uses (a resolution, two decisions, a circular, an official letter, a decree,
/// a plan, a notice), written blind to measure the chat11g answering change and split by document (four test documents
/// never tuned on, four dev documents). The floors sit just below main's measured figures on the test half.
/// </summary>
public sealed class SixthUnseenAnswerEvaluationTests(SixthUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<SixthUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_is_split_by_document_with_a_third_unanswerable_over_documents_no_other_set_uses()
    {
        var cases = AnswerEvaluator.Load(SixthUnseenKnowledgeBase.EvalFile);

        Assert.True(cases.Count >= 60, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) * 10 >= cases.Count * 3, $"{cases.Count(c => c.ExpectRefusal)} unanswerable");
        Assert.All(cases, c => Assert.Contains(c.Split, new[] { "dev", "test" }));
        Assert.InRange(cases.Count(c => c.Split == "dev") * 100 / cases.Count, 40, 60);
        var documentsBySplit = cases.SelectMany(c => c.ExpectClauses.Select(id => (Document: id.Split('/')[0], c.Split))).Distinct()
            .GroupBy(p => p.Document).ToList();
        Assert.Equal(8, documentsBySplit.Count);
        Assert.All(documentsBySplit, g => Assert.Single(g));
        var others = new[]
            {
                UnseenKnowledgeBase.EvalFile, SecondUnseenKnowledgeBase.EvalFile, ThirdUnseenKnowledgeBase.EvalFile,
                FourthUnseenKnowledgeBase.EvalFile, FifthUnseenKnowledgeBase.EvalFile, FifthDevKnowledgeBase.EvalFile,
                SixthDevKnowledgeBase.EvalFile,
            }
            .SelectMany(AnswerEvaluator.Load).SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.SelectMany(c => c.ExpectClauses), id => others.Contains(id.Split('/')[0]));
    }

    [Fact]
    public async Task Meets_the_answer_and_refusal_floors_on_the_test_half()
    {
        if (kb.Knowledge is null) return;
        var cases = AnswerEvaluator.Load(SixthUnseenKnowledgeBase.EvalFile).Where(c => c.Split == "test").ToList();

        var report = await new AnswerEvaluator(kb.Knowledge.Service).RunAsync(cases);

        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason}");
        output.WriteLine($"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}; p50 {report.P50Ms} ms, p95 {report.P95Ms} ms");
        // Measured on main (build A, the set as first committed), test half: 24/32 answerable right and 10/16 refused;
        // main + chat11g (build B): 23/32 and 10/16. Whole set on main: 41/63 and 21/30.
        Assert.True(answerable.Count(o => o.Correct) >= 23, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= 9, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }
}
