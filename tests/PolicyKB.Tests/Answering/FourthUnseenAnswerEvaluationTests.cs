using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The fourth held-out question set, tests/eval/answers-unseen-4.jsonl: 76 questions over seven documents of
/// ../shared/train no other set uses (two decrees, a circular, a city council resolution, a provincial directive, a
/// delegation decision, a city plan), written before the answering changes of issue #11 round 3. Tuning looks at its
/// dev half only; the floors sit a little below the measured figures of the whole set.
/// </summary>
public sealed class FourthUnseenAnswerEvaluationTests(FourthUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<FourthUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_is_split_in_halves_with_a_third_unanswerable_over_documents_no_other_set_uses()
    {
        var cases = AnswerEvaluator.Load(FourthUnseenKnowledgeBase.EvalFile);

        Assert.True(cases.Count >= 60, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) * 10 >= cases.Count * 3, $"{cases.Count(c => c.ExpectRefusal)} unanswerable");
        Assert.All(cases, c => Assert.Contains(c.Split, new[] { "dev", "test" }));
        Assert.InRange(cases.Count(c => c.Split == "dev") * 100 / cases.Count, 40, 60);
        var others = new[] { UnseenKnowledgeBase.EvalFile, SecondUnseenKnowledgeBase.EvalFile, ThirdUnseenKnowledgeBase.EvalFile }
            .SelectMany(AnswerEvaluator.Load).SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.SelectMany(c => c.ExpectClauses), id => others.Contains(id.Split('/')[0]));
    }

    [Fact]
    public async Task Meets_the_answer_and_refusal_floors()
    {
        if (kb.Knowledge is null) return;
        var cases = AnswerEvaluator.Load(FourthUnseenKnowledgeBase.EvalFile);

        var report = await new AnswerEvaluator(kb.Knowledge.Service).RunAsync(cases);

        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason}");
        output.WriteLine($"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
        // Measured before round 3: 40/52 answerable right (test half 20/28) and 21/24 refused (test half 11/13); after it
        // 44/52 (test half 20/28) and 24/24 (test half 13/13).
        Assert.True(answerable.Count(o => o.Correct) >= 43, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= 23, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }
}
