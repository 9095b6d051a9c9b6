using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The fifth question set, tests/eval/answers-dev-5.jsonl: 70 dev questions over five documents no other set or content/
/// uses (a Party conclusion, a provincial plan, a ministry decision with its attached plan, a 2010 decision whose aid levels
/// are tables, a labour circular), written before the answering changes of issue #11 round 4 to find new failures. It is
/// all dev material: round 4 reports its figures on the test halves of the earlier sets; the floors here only keep the gains.
/// </summary>
public sealed class FifthDevAnswerEvaluationTests(FifthDevKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<FifthDevKnowledgeBase>
{
    [Fact]
    public void The_set_is_dev_material_with_a_third_unanswerable_over_documents_no_other_set_uses()
    {
        var cases = AnswerEvaluator.Load(FifthDevKnowledgeBase.EvalFile);

        Assert.True(cases.Count >= 45, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) * 10 >= cases.Count * 3, $"{cases.Count(c => c.ExpectRefusal)} unanswerable");
        Assert.All(cases, c => Assert.Equal("dev", c.Split));
        var others = new[] { UnseenKnowledgeBase.EvalFile, SecondUnseenKnowledgeBase.EvalFile, ThirdUnseenKnowledgeBase.EvalFile, FourthUnseenKnowledgeBase.EvalFile }
            .SelectMany(AnswerEvaluator.Load).SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.SelectMany(c => c.ExpectClauses), id => others.Contains(id.Split('/')[0]));
    }

    [Fact]
    public async Task Meets_the_answer_and_refusal_floors()
    {
        if (kb.Knowledge is null) return;
        var cases = AnswerEvaluator.Load(FifthDevKnowledgeBase.EvalFile);

        var report = await new AnswerEvaluator(kb.Knowledge.Service).RunAsync(cases);

        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason} | {failure.Result.Answer.ReplaceLineEndings(" ")[..Math.Min(300, failure.Result.Answer.Length)]}");
        output.WriteLine($"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}; p50 {report.P50Ms} ms, p95 {report.P95Ms} ms");
        // Measured before round 4: 37/48 answerable right, 19/22 refused; after the agency-heading fix 39/48 and 19/22;
        // after the follow-up swap of an agency or a period 40/48 and 19/22; after round 5 42/48 and 20/22.
        Assert.True(answerable.Count(o => o.Correct) >= 41, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= 19, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }
}
