using System.Globalization;
using PolicyKB.Ingestion;
using PolicyKB.Search.Evaluation.Benchmarks;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb bench --ingest</c>: the ingest core (no embeddings) and the whole pipeline on the first files of a corpus,
/// in scratch folders deleted afterwards (<see cref="IngestCoreBenchmark"/>), with a step-by-step breakdown.
/// </summary>
internal static class BenchIngest
{
    public static int Run(CliConsole console, CliSettings settings, string corpus, int maxFiles, bool json)
    {
        var files = new IngestionPipeline([], settings.Ingestion).ExpandPaths([corpus]);
        if (maxFiles > 0) files = files.Take(maxFiles).ToList();
        var scratch = Path.Combine(Path.GetTempPath(), "policykb-bench-ingest-" + Guid.NewGuid().ToString("N"));
        try
        {
            var runs = new IngestCoreBenchmark(files, settings.Embeddings(), SynonymTable.Load(settings.SynonymsFile), m => console.Error.WriteLine("bench: " + m), settings.Ingestion)
                .Measure(scratch);
            if (json)
            {
                CliJson.Write(console.Out, runs);
                return 0;
            }
            foreach (var run in runs) Write(console.Out, run);
            return 0;
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void Write(TextWriter output, IngestRun run)
    {
        var i = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(i, $"{run.Name}{(run.Model is null ? "" : " (" + run.Model + ")")}: {run.Files} files ({run.Failed} failed), {run.FileMegabytes:0.00} MB, {run.Clauses} clauses"));
        output.WriteLine(string.Create(i, $"  {run.WallSeconds:0.00} s wall, {run.CpuSeconds:0.00} s CPU (process) → {run.MegabytesPerWallSecond:0.00} MB/s wall, {run.MegabytesPerCpuSecond:0.00} MB/s CPU (target ≥ 5); open {run.OpenSeconds:0.00} s"));
        if (run.TwoCoreSeconds is { } model && run.TwoCoreSecondsOneWaiting is { } oneWaiting)
        {
            output.WriteLine(string.Create(i,
                $"  on two idle cores (model from each file's CPU per thread): {model:0.00} s → {run.FileMegabytes / Math.Max(model, 1e-9):0.00} MB/s; with one file waiting {oneWaiting:0.00} s"));
        }
        var collections = run.GcCollections.Count == 3 ? $" ({run.GcCollections[0]}/{run.GcCollections[1]}/{run.GcCollections[2]} collections of generation 0/1/2)" : "";
        output.WriteLine(string.Create(i, $"  of which JIT {run.JitSeconds:0.00} s, garbage collection pauses {run.GcPauseSeconds:0.00} s{collections}"));
        if (run.Threads.Count > 0)
        {
            output.WriteLine("  threads: " + string.Join(", ", run.Threads.Take(6).Select(t => string.Create(i, $"{t.Thread} {t.CpuSeconds:0.00} s"))));
        }
        foreach (var step in run.Steps)
        {
            var cpu = step.CpuSeconds is { } c ? string.Create(i, $"{c,7:0.00} s CPU") : "";
            var allocated = step.AllocatedMegabytes is { } a ? string.Create(i, $"{a,8:0.0} MB allocated") : "";
            output.WriteLine(string.Create(i, $"  {step.Step,-12}{step.WallSeconds,7:0.00} s{cpu}{allocated}"));
        }
    }
}
