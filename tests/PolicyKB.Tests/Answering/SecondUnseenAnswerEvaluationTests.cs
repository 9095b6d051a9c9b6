using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The second held-out question set, tests/eval/answers-unseen-2.jsonl: 58 questions over six documents of ../shared
/// (a decree, a resolution, a directive, a plan, a decision with its plan, a circular), written before the answering
/// changes of issue #11 and never tuned on. Every question is "test"; the floors sit a little below the measured figures.
/// </summary>
public sealed class SecondUnseenAnswerEvaluationTests(SecondUnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<SecondUnseenKnowledgeBase>
{
    [Fact]
    public void The_set_covers_every_type_and_a_quarter_unanswerable_all_held_out()
    {
        var cases = AnswerEvaluator.Load(SecondUnseenKnowledgeBase.EvalFile);

        Assert.True(cases.Count >= 40, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) >= cases.Count / 5, $"{cases.Count(c => c.ExpectRefusal)} unanswerable");
        foreach (var category in new[] { "number", "date", "deadline", "agency", "person", "document", "list", "yes-no", "unanswerable" })
        {
            Assert.Contains(cases, c => c.Category == category);
        }
        Assert.All(cases, c => Assert.Equal("test", c.Split));
        // None of its documents is one the first set tunes on.
        var first = AnswerEvaluator.Load(UnseenKnowledgeBase.EvalFile).SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.SelectMany(c => c.ExpectClauses), id => first.Contains(id.Split('/')[0]));
    }

    [Fact]
    public async Task Meets_the_answer_and_refusal_floors()
    {
        if (kb.Knowledge is null) return;
        var cases = AnswerEvaluator.Load(SecondUnseenKnowledgeBase.EvalFile);

        var report = await new AnswerEvaluator(kb.Knowledge.Service).RunAsync(cases);

        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason}");
        output.WriteLine($"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
        // Measured: before the issue #11 changes 33/45 answerable right, 11/13 refused; after them 34/45 and 11/13; after
        // round 3, 35/45 and 11/13; after round 5, 36/45 and 11/13.
        Assert.True(answerable.Count(o => o.Correct) >= 35, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= 10, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }
}
