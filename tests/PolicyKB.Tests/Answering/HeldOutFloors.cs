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
}
