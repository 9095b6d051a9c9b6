using PolicyKB.Answering.Evaluation;
using PolicyKB.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The question set tests/eval/answers.jsonl (legal basis, numbers, responsibilities, deadlines, follow-ups and
/// questions the documents cannot answer), run offline with floors on accuracy and speed.
/// </summary>
public sealed class AnswerEvaluationTests(SeedKnowledgeBase kb, ITestOutputHelper output) : IClassFixture<SeedKnowledgeBase>
{
    private static string EvalFile => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "answers.jsonl");

    [Fact]
    public void The_question_set_covers_every_category_with_enough_questions()
    {
        var cases = AnswerEvaluator.Load(EvalFile);

        Assert.True(cases.Count >= 30, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) >= 6);
        foreach (var category in new[] { "legal-basis", "number", "responsibility", "deadline", "unanswerable" })
        {
            Assert.True(cases.Count(c => c.Category == category) >= 5, category);
        }
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public async Task Offline_answers_meet_the_accuracy_floor_in_every_category()
    {
        var report = await new AnswerEvaluator(kb.Service).RunAsync(AnswerEvaluator.Load(EvalFile));

        foreach (var (category, correct, total) in report.ByCategory) output.WriteLine($"{category}: {correct}/{total}");
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason}");
        output.WriteLine($"accuracy {report.Accuracy:P1}, p50 {report.P50Ms} ms, p95 {report.P95Ms} ms");
        Assert.True(report.Accuracy >= 0.9, $"accuracy {report.Accuracy:P1}");
        // Measured 61/61 through issue #11 round 3: at most one answer may slip before this floor fails.
        Assert.True(report.Outcomes.Count(o => o.Correct) >= report.Outcomes.Count - 1, $"{report.Outcomes.Count(o => o.Correct)}/{report.Outcomes.Count}");
        Assert.All(report.ByCategory, c => Assert.True(c.Correct >= 0.8 * c.Total, $"{c.Category}: {c.Correct}/{c.Total}"));
        // A wrong answer is worse than none: every unanswerable question must be refused.
        Assert.All(report.Outcomes.Where(o => o.Case.ExpectRefusal), o => Assert.True(o.Correct, o.Case.Question));
        Assert.All(report.Outcomes, o => Assert.True(o.Result.Verification.Passed, o.Case.Id));
    }

    [Fact]
    public async Task Offline_answers_are_fast()
    {
        var cases = AnswerEvaluator.Load(EvalFile);
        await new AnswerEvaluator(kb.Service).RunAsync(cases.Take(3).ToList());

        var report = await new AnswerEvaluator(kb.Service).RunAsync(cases);

        output.WriteLine($"p50 {report.P50Ms} ms, p95 {report.P95Ms} ms over {cases.Count} questions");
        // The target is p95 ≤ 300 ms on a quiet machine; the bound here leaves room for a loaded CI runner.
        Assert.True(report.P95Ms <= 1500, $"p95 {report.P95Ms} ms");
    }

    [Fact]
    public void A_case_is_judged_by_cited_clause_expected_text_and_refusal()
    {
        var c = new EvalCase { Question = "q", ExpectClauses = ["d/I.1"], ExpectText = ["11,5"] };
        static PolicyKB.Answering.Answers.AnswerResult Result(bool refused, string answer, string clause) =>
            new("q", answer, "extractive", [new(1, clause, "d", "s", "I.1", "t")], refused);

        Assert.Null(AnswerEvaluator.Judge(c, Result(false, "«11,5» [1]", "d/I.1")));
        Assert.NotNull(AnswerEvaluator.Judge(c, Result(false, "«11,5» [1]", "d/I.2")));
        Assert.NotNull(AnswerEvaluator.Judge(c, Result(false, "«12» [1]", "d/I.1")));
        Assert.NotNull(AnswerEvaluator.Judge(c, Result(true, "Không tìm thấy", "d/I.1")));
        Assert.Null(AnswerEvaluator.Judge(new EvalCase { ExpectRefusal = true }, Result(true, "Không tìm thấy", "d/I.1")));
    }

    [Fact]
    public void A_right_answer_citing_an_expected_clause_only_second_is_right_but_not_first()
    {
        var c = new EvalCase { Question = "q", ExpectClauses = ["d/I.2"], ExpectText = ["11,5"] };
        var twoQuotes = new PolicyKB.Answering.Answers.AnswerResult("q", "«10» [1] «11,5» [2]", "extractive",
            [new(1, "d/I.1", "d", "s", "I.1", "t"), new(2, "d/I.2", "d", "s", "I.2", "t")], false);
        var reversed = twoQuotes with { Citations = [.. twoQuotes.Citations.Reverse()] };

        Assert.Null(AnswerEvaluator.Judge(c, twoQuotes));
        Assert.False(AnswerEvaluator.FirstCitationExpected(c, twoQuotes));
        Assert.True(AnswerEvaluator.FirstCitationExpected(c, reversed));
        Assert.True(AnswerEvaluator.FirstCitationExpected(new EvalCase { ExpectRefusal = true }, twoQuotes));
        var report = new EvalReport([new EvalOutcome(c, true, null, twoQuotes), new EvalOutcome(c, true, null, reversed)]);
        Assert.Single(report.RightButNotFirst);
    }
}
