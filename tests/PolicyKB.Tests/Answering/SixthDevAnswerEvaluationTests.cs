using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The sixth question set, tests/eval/answers-dev-6.jsonl: 82 dev questions over six documents no other set or content/
/// uses (a provincial council resolution on support levels, a Government decree on teachers' allowances, a Prime Minister's
/// decision with its plan, a tax office's letter, a decision on rent support for workers, a city decision on a service
/// centre's duties), phrased as staff ask and written before the answering changes of issue #11 round 5. All dev material:
/// round 5 reports its figures on the test halves of the earlier sets; the floors here only keep the gains.
/// </summary>
public sealed class SixthDevAnswerEvaluationTests(SixthDevKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<SixthDevKnowledgeBase>
{
    [Fact]
    public void The_set_is_dev_material_with_a_third_unanswerable_over_documents_no_other_set_uses()
    {
        var cases = AnswerEvaluator.Load(SixthDevKnowledgeBase.EvalFile);

        Assert.True(cases.Count >= 50, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) * 10 >= cases.Count * 3, $"{cases.Count(c => c.ExpectRefusal)} unanswerable");
        Assert.All(cases, c => Assert.Equal("dev", c.Split));
        var others = new[]
            {
                UnseenKnowledgeBase.EvalFile, SecondUnseenKnowledgeBase.EvalFile, ThirdUnseenKnowledgeBase.EvalFile,
                FourthUnseenKnowledgeBase.EvalFile, FifthDevKnowledgeBase.EvalFile,
            }
            .SelectMany(AnswerEvaluator.Load).SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.SelectMany(c => c.ExpectClauses), id => others.Contains(id.Split('/')[0]));
    }

    [Fact]
    public async Task Meets_the_answer_and_refusal_floors()
    {
        if (kb.Knowledge is null) return;
        var cases = AnswerEvaluator.Load(SixthDevKnowledgeBase.EvalFile);

        var report = await new AnswerEvaluator(kb.Knowledge.Service).RunAsync(cases);

        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason} | {failure.Result.Answer.ReplaceLineEndings(" ")[..Math.Min(300, failure.Result.Answer.Length)]}");
        output.WriteLine($"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}; p50 {report.P50Ms} ms, p95 {report.P95Ms} ms");
        // Measured before round 5 (the set as first committed): 38/57 answerable right, 18/25 refused; after round 5
        // (calibrated refusal, measure and lead-in sentences) 45/57 and 24/25.
        Assert.True(answerable.Count(o => o.Correct) >= 44, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= 23, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }
}
