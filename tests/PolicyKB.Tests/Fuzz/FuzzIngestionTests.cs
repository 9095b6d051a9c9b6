using System.Diagnostics;
using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Fuzz;

/// <summary>
/// Two thousand hostile files through the whole ingestion pipeline over one LiteDB store: none crashes, none hangs,
/// every refusal is a Vietnamese reason a user can act on (never "lỗi nội bộ"), and the store stays readable.
/// </summary>
public sealed class FuzzIngestionTests : IDisposable
{
    private const int Seed = 20_260_509;
    private const int FileCount = 2_000;

    // A hang detector, far above the product's own limits (MaxDecodeSeconds 20 s, and ~1 s for a file at the limits).
    private static readonly TimeSpan PerFileGuard = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _dir = new();
    private readonly ITestOutputHelper _output;

    public FuzzIngestionTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Two_thousand_hostile_files_never_crash_or_hang_the_pipeline_and_leave_the_store_readable()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var pipeline = IngestionPipelineFactory.CreateDefault(store);
        var problems = new List<string>();
        var statuses = new Dictionary<IngestionStatus, int>();
        var slowest = (Name: "", Milliseconds: 0.0);
        var total = Stopwatch.StartNew();
        var count = 0;

        foreach (var (name, bytes) in new HostileCorpus(Seed).Files(FileCount))
        {
            var path = _dir.File(name);
            File.WriteAllBytes(path, bytes);
            var clock = Stopwatch.StartNew();
            IngestionResult result;
            try
            {
                result = pipeline.Ingest(path);
            }
            catch (Exception ex)
            {
                problems.Add($"{name}: exception escaped: {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            finally
            {
                File.Delete(path);
                count++;
            }
            var elapsed = clock.Elapsed;
            if (elapsed.TotalMilliseconds > slowest.Milliseconds) slowest = (name, elapsed.TotalMilliseconds);
            statuses[result.Status] = statuses.GetValueOrDefault(result.Status) + 1;
            if (elapsed > PerFileGuard) problems.Add($"{name}: took {elapsed.TotalSeconds:0.0} s");
            if (result.Status == IngestionStatus.Failed && !IsActionableReason(result.Error)) problems.Add($"{name}: {result.Error}");
        }

        problems.AddRange(UnreadableDocuments(store));
        _output.WriteLine($"{count} tệp ({(HostileCorpus.UsesSharedSeeds ? "hạt giống ../shared/seeds" : "văn bản sinh ra")}), seed {Seed}, "
            + $"{string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}; chậm nhất {slowest.Name} {slowest.Milliseconds:0} ms; tổng {total.Elapsed.TotalSeconds:0.0} s");
        foreach (var problem in problems.Take(30)) _output.WriteLine(problem);
        Assert.Equal(FileCount, count);
        Assert.Empty(problems);
        Assert.True(statuses.GetValueOrDefault(IngestionStatus.Stored) > 0, "no file was stored: the corpus lost its readable files");
        Assert.True(statuses.GetValueOrDefault(IngestionStatus.Failed) > 0, "no file was refused: the corpus lost its hostile files");
    }

    /// <summary>Non-empty, Vietnamese, and not an internal error or a leaked exception.</summary>
    private static bool IsActionableReason(string? error) =>
        !string.IsNullOrWhiteSpace(error)
        && !error.Contains("lỗi nội bộ", StringComparison.Ordinal)
        && !error.Contains("Exception", StringComparison.Ordinal)
        && error.Any(c => c > 0x7F);

    private static IEnumerable<string> UnreadableDocuments(IDocumentStore store)
    {
        foreach (var document in store.ListDocuments())
        {
            string? problem = null;
            try
            {
                if (store.GetDocument(document.Id) is null) problem = "listed but not found";
                else if (store.GetClauses(document.Id).Count == 0) problem = "stored without clauses";
            }
            catch (Exception ex)
            {
                problem = $"{ex.GetType().Name}: {ex.Message}";
            }
            if (problem is not null) yield return $"{document.Id}: {problem}";
        }
    }

    public void Dispose() => _dir.Dispose();
}
