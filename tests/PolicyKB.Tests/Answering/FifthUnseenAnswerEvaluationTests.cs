using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The fifth held-out question set, tests/eval/answers-unseen-5.jsonl: 82 questions over eight documents of
/// ../shared/train no other set or content/ uses, written before the answering changes of issue #11 round 6 and split
/// by document (four test documents never tuned on, four dev documents). The floors sit a little below the measured
/// figures of the whole set.
/// </summary>
public sealed class FifthUnseenAnswerEvaluationTests(FifthUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<FifthUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_is_split_by_document_with_a_third_unanswerable_over_documents_no_other_set_uses()
    {
        var cases = AnswerEvaluator.Load(FifthUnseenKnowledgeBase.EvalFile);

        Assert.True(cases.Count >= 70, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) * 10 >= cases.Count * 3, $"{cases.Count(c => c.ExpectRefusal)} unanswerable");
        Assert.All(cases, c => Assert.Contains(c.Split, new[] { "dev", "test" }));
        Assert.InRange(cases.Count(c => c.Split == "dev") * 100 / cases.Count, 40, 60);
        var documentsBySplit = cases.SelectMany(c => c.ExpectClauses.Select(id => (Document: id.Split('/')[0], c.Split))).Distinct()
            .GroupBy(p => p.Document).ToList();
        Assert.All(documentsBySplit, g => Assert.Single(g));
        var others = new[]
            {
                UnseenKnowledgeBase.EvalFile, SecondUnseenKnowledgeBase.EvalFile, ThirdUnseenKnowledgeBase.EvalFile,
                FourthUnseenKnowledgeBase.EvalFile, FifthDevKnowledgeBase.EvalFile, SixthDevKnowledgeBase.EvalFile,
            }
            .SelectMany(AnswerEvaluator.Load).SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.SelectMany(c => c.ExpectClauses), id => others.Contains(id.Split('/')[0]));
    }

    [Fact]
    public async Task Meets_the_answer_and_refusal_floors()
    {
        if (kb.Knowledge is null) return;
        var cases = AnswerEvaluator.Load(FifthUnseenKnowledgeBase.EvalFile);

        var report = await new AnswerEvaluator(kb.Knowledge.Service).RunAsync(cases);

        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason}");
        output.WriteLine($"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}; p50 {report.P50Ms} ms, p95 {report.P95Ms} ms");
        // Measured before round 6 (the set as first committed): 42/57 answerable right (test half 23/30, dev 19/27) and
        // 23/25 refused (test half 12/13, dev 11/12); after round 6: 46/57 (test 23/30, dev 23/27) and 23/25 (test 12/13,
        // dev 11/12).
        Assert.True(answerable.Count(o => o.Correct) >= 45, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= 22, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }
}
