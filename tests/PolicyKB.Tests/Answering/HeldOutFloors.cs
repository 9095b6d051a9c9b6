using PolicyKB.Answering.Evaluation;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The floor check every held-out answer set shares: answerable questions answered right and unanswerable ones refused,
/// each at least its floor, with the failures and both counts written to the test output so a fall can be read.
/// </summary>
internal static class HeldOutFloors
{
    /// <summary>
    /// Runs the <paramref name="split"/> half of <paramref name="evalFile"/> over <paramref name="knowledge"/> and
    /// asserts its floors; does nothing when the knowledge base could not be built (../shared absent).
    /// </summary>
    public static async Task CheckSplitAsync(SeedKnowledgeBase? knowledge, string evalFile, string split, int answeredFloor, int refusedFloor, ITestOutputHelper output)
    {
        if (knowledge is null) return;
        var cases = AnswerEvaluator.Load(evalFile).Where(c => c.Split == split).ToList();
        var report = await new AnswerEvaluator(knowledge.Service).RunAsync(cases);
        Check(report, split, answeredFloor, refusedFloor, output);
    }

    /// <summary>Asserts that <paramref name="report"/> meets <paramref name="answeredFloor"/> and <paramref name="refusedFloor"/>.</summary>
    public static void Check(EvalReport report, string split, int answeredFloor, int refusedFloor, ITestOutputHelper output)
    {
        var answerable = report.Outcomes.Where(o => !o.Case.ExpectRefusal).ToList();
        var unanswerable = report.Outcomes.Where(o => o.Case.ExpectRefusal).ToList();
        foreach (var failure in report.Outcomes.Where(o => !o.Correct)) output.WriteLine($"{failure.Case.Id}: {failure.Reason}");
        output.WriteLine($"{split}: answerable {answerable.Count(o => o.Correct)}/{answerable.Count}, refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}; p50 {report.P50Ms} ms, p95 {report.P95Ms} ms");
        Assert.True(answerable.Count(o => o.Correct) >= answeredFloor, $"answerable {answerable.Count(o => o.Correct)}/{answerable.Count}");
        Assert.True(unanswerable.Count(o => o.Correct) >= refusedFloor, $"refused {unanswerable.Count(o => o.Correct)}/{unanswerable.Count}");
    }

    /// <summary>
    /// Asserts the shape every blind set written since the seventh shares: at least <paramref name="minQuestions"/>
    /// questions, at least three in ten unanswerable, each marked dev or test with 40–60 % dev, twelve documents each in
    /// one half only, and none of them judged by any other held-out set (tests/eval/answers-unseen*.jsonl and
    /// answers-dev-*.jsonl): the sets are found in the folder, so a new set is checked against all the others, and they
    /// against it, without each set's test listing the ones before it.
    /// </summary>
    public static void CheckSetShape(string evalFile, int minQuestions)
    {
        var cases = AnswerEvaluator.Load(evalFile);

        Assert.True(cases.Count >= minQuestions, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.ExpectRefusal) * 10 >= cases.Count * 3, $"{cases.Count(c => c.ExpectRefusal)} unanswerable");
        Assert.All(cases, c => Assert.Contains(c.Split, new[] { "dev", "test" }));
        Assert.InRange(cases.Count(c => c.Split == "dev") * 100 / cases.Count, 40, 60);
        var documentsBySplit = cases.SelectMany(c => c.ExpectClauses.Select(id => (Document: id.Split('/')[0], c.Split))).Distinct()
            .GroupBy(p => p.Document).ToList();
        Assert.Equal(12, documentsBySplit.Count);
        Assert.All(documentsBySplit, g => Assert.Single(g));
        var others = OtherHeldOutSets(evalFile).SelectMany(AnswerEvaluator.Load).SelectMany(c => c.ExpectClauses).Select(id => id.Split('/')[0]).ToHashSet();
        Assert.DoesNotContain(cases.SelectMany(c => c.ExpectClauses), id => others.Contains(id.Split('/')[0]));
    }

    private static IEnumerable<string> OtherHeldOutSets(string evalFile)
    {
        var folder = Path.GetDirectoryName(evalFile)!;
        return Directory.GetFiles(folder, "answers-unseen*.jsonl").Concat(Directory.GetFiles(folder, "answers-dev-*.jsonl"))
            .Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(evalFile), StringComparison.Ordinal));
    }
}
