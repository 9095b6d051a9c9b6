using Xunit.Abstractions;

namespace PolicyKB.Tests.Facts;

/// <summary>
/// The facts layer measured on the hand-annotated gold set (tests/eval/facts.jsonl). Prints precision and recall per
/// kind for dev and test; the floors hold the TEST split a little below the figures measured when they were set, so
/// a change that loses facts fails here. Skips files whose ../shared data is absent.
/// </summary>
public sealed class FactsEvalTests(ITestOutputHelper output)
{
    private static readonly Lazy<(Dictionary<(string Split, string Kind), KindScore> Scores, List<string> Missing, List<string> Misses)> Result = new(FactsScorer.Run);

    // Floors on the TEST split: (kind, precision, recall), a little below the measured figures (see the report).
    public static TheoryData<string, double, double> Floors => new()
    {
        { "signer", 0.85, 0.85 },
        { "issuedOn", 0.85, 0.85 },
        { "effectiveOn", 0.85, 0.85 },
        { "relation", 0.85, 0.85 },
        { "task", 0.85, 0.85 },
        { "target", 0.85, 0.85 },
    };

    [Fact]
    public void Report_prints_precision_and_recall_per_kind_for_dev_and_test()
    {
        var (scores, missing, misses) = Result.Value;
        foreach (var ((split, kind), score) in scores.OrderBy(p => p.Key.Split).ThenBy(p => p.Key.Kind)) output.WriteLine($"{split}\t{kind}\t{score}");
        foreach (var file in missing) output.WriteLine($"missing\t{file}");
        foreach (var miss in misses) output.WriteLine(miss);
        Assert.NotEmpty(scores);
    }

    [Theory]
    [MemberData(nameof(Floors))]
    public void Test_split_stays_above_its_floor(string kind, double precision, double recall)
    {
        var (scores, missing, _) = Result.Value;
        if (!scores.TryGetValue(("test", kind), out var score)) { Assert.NotEmpty(missing); return; }
        Assert.True(score.Precision >= precision, $"{kind}: {score} (floor P={precision})");
        Assert.True(score.Recall >= recall, $"{kind}: {score} (floor R={recall})");
    }
}
