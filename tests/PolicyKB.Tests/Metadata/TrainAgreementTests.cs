using PolicyKB.Metadata;
using PolicyKB.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Metadata;

/// <summary>
/// Agreement with the best-effort type, number, date and issuer of ../shared/train/SOURCES.tsv over a
/// fixed sample of 255 of its 1,017 documents (every fourth file, all three collections). The ground
/// truth is itself approximate, so the test holds floors measured when the analyzer was written rather
/// than exact values; the per-field figures and the misses are printed.
/// </summary>
public sealed class TrainAgreementTests(ITestOutputHelper output)
{
    private static string? TrainDirectory
    {
        get
        {
            var path = Path.Combine(SharedData.RepositoryRoot, "..", "shared", "train");
            return File.Exists(Path.Combine(path, "SOURCES.tsv")) ? Path.GetFullPath(path) : null;
        }
    }

    /// <summary>Every Step-th file of the sorted list; POLICYKB_TRAIN_STEP=1 measures all of them.</summary>
    private static int Step => int.TryParse(Environment.GetEnvironmentVariable("POLICYKB_TRAIN_STEP"), out var s) && s > 0 ? s : 4;

    [Fact]
    public void Metadata_agrees_with_SOURCES_tsv_on_a_sample_of_255_files()
    {
        var train = TrainDirectory;
        if (train is null) return;
        var rows = File.ReadLines(Path.Combine(train, "SOURCES.tsv")).Skip(1).Select(l => l.Split('\t'))
            .Where(c => c.Length >= 10).OrderBy(c => c[0], StringComparer.Ordinal).Where((_, i) => i % Step == 0).ToList();
        Assert.True(rows.Count >= 200, $"{rows.Count} files sampled");

        var scores = new[] { new FieldScore("type"), new FieldScore("number"), new FieldScore("date"), new FieldScore("issuer") };
        var analyzer = new LayoutAnalyzer();
        foreach (var c in rows)
        {
            var m = analyzer.Analyze(TestLines.FromFile(Path.Combine(train, c[0]))).Metadata;
            if (c[6].Length > 0) scores[0].Add(ExpectedMetadata.SameType(c[6], m.Type), c[0], c[6], m.Type);
            if (c[7].Length > 0) scores[1].Add(ExpectedMetadata.SameNumber(c[7], m.Number), c[0], c[7], m.Number);
            if (c[8].Length > 0) scores[2].Add(ExpectedMetadata.SameDate(c[8], m.IssuedOn), c[0], c[8], m.IssuedOn?.ToString());
            // SOURCES.tsv records the letterhead's body; a decision the chairman takes in person is read as
            // "Chủ tịch UBND …" (the corpus SOURCES.md writes it so), which counts as agreeing here.
            var issuer = m.Issuer is { } i && i.StartsWith("Chủ tịch UBND ", StringComparison.Ordinal) ? i["Chủ tịch ".Length..] : m.Issuer;
            if (c[9].Length > 0) scores[3].Add(ExpectedMetadata.SameIssuer(c[9], issuer), c[0], c[9], m.Issuer);
        }
        output.WriteLine($"sample: {rows.Count} files");
        foreach (var score in scores)
        {
            output.WriteLine(score.ToString());
            foreach (var miss in score.Misses) output.WriteLine("  " + miss);
        }
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "policykb-train-agreement.txt"),
            scores.SelectMany(s => s.Misses.Prepend(s.ToString())));

        Assert.True(scores[0].Rate >= Floors.Type, scores[0].ToString());
        Assert.True(scores[1].Rate >= Floors.Number, scores[1].ToString());
        Assert.True(scores[2].Rate >= Floors.Date, scores[2].ToString());
        Assert.True(scores[3].Rate >= Floors.Issuer, scores[3].ToString());
    }

    /// <summary>Measured agreement, rounded down.</summary>
    private static class Floors
    {
        public const double Type = 0.97;
        public const double Number = 0.97;
        public const double Date = 0.95;
        public const double Issuer = 0.95;
    }
}
