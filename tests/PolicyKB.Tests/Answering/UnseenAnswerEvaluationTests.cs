using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The question set tests/eval/answers-unseen.jsonl over 14 documents of ../shared the answering code was not written
/// for: its TEST half (files never looked at while tuning) is answered offline with floors a little below the
/// figures measured when the set was introduced.
/// </summary>
public sealed class UnseenAnswerEvaluationTests(UnseenKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<UnseenKnowledgeBase>
{
    [Fact]
    public void The_set_has_enough_questions_of_every_type_split_by_file()
    {
        var cases = AnswerEvaluator.Load(UnseenKnowledgeBase.EvalFile);

        Assert.True(cases.Count >= 80, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) >= 20);
        foreach (var category in new[] { "number", "date", "deadline", "agency", "person", "document", "list", "yes-no", "unanswerable" })
        {
            Assert.Contains(cases, c => c.Category == category);
        }
        Assert.All(cases, c => Assert.Contains(c.Split, new[] { "dev", "test" }));
        // Split by file: no document answers questions of both halves.
        var devDocuments = cases.Where(c => c.Split == "dev").SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.Where(c => c.Split == "test").SelectMany(c => c.ExpectClauses), id => devDocuments.Contains(id.Split('/')[0]));
    }

    [Fact]
    public async Task Test_half_meets_the_answer_and_refusal_floors()
    {
        if (kb.Knowledge is null) return;
        var cases = AnswerEvaluator.Load(UnseenKnowledgeBase.EvalFile).Where(c => c.Split == "test").ToList();

        var report = await new AnswerEvaluator(kb.Knowledge.Service).RunAsync(cases);

        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason}");
        output.WriteLine($"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
        // Measured at introduction: 21/39 answerable right, 9/15 unanswerable refused; after issue #11 (document focus by
        // title, answers by type, compound words): 26/39 and 10/15; after round 3 (answers by type, task matching): 27/39 and 10/15.
        Assert.True(answerable.Count(o => o.Correct) >= 26, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= 10, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }
}
