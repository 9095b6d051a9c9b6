using System.Diagnostics;
using PolicyKB.Ingestion;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// <c>policykb bench --ingest</c>: ingests the same files twice into empty scratch knowledge bases, once without an
/// embedding model (the ingest core: read → decode → repair → layout → corrections → parse → cite → facts → pack → save → keyword index)
/// and once with the configured model, each as <c>policykb ingest</c> does (one batch, one commit at its end). Rates
/// are in bytes of the files as read from disk, per elapsed second and per CPU second of the whole process; the
/// per-step breakdown shows where the time goes.
/// </summary>
public sealed class IngestCoreBenchmark(
    IReadOnlyList<string> files, EmbeddingProvider? embeddings, SynonymTable synonyms, Action<string>? progress = null, IngestionOptions? ingestion = null)
{
    private const int WarmUpFiles = 20;

    /// <summary>Runs the core, then (with a model) the whole pipeline, under <paramref name="scratch"/> (deleted by the caller).</summary>
    public IReadOnlyList<IngestRun> Measure(string scratch)
    {
        // Off the clock: a few files first, so the code the runs time is compiled and optimised (as in a long bulk ingest)
        // and the first run does not carry the start-up of the JIT alone.
        using (var warmUp = KnowledgeBase.Open(Path.Combine(scratch, "warm-up"), ingestion, synonyms: synonyms, embeddings: embeddings))
        {
            warmUp.Ingest(files.Take(WarmUpFiles));
        }
        var runs = new List<IngestRun> { Run("core", Path.Combine(scratch, "core"), null) };
        if (embeddings is not null) runs.Add(Run("pipeline", Path.Combine(scratch, "pipeline"), embeddings));
        return runs;
    }

    private IngestRun Run(string name, string dataDirectory, EmbeddingProvider? model)
    {
        progress?.Invoke($"{name}: nạp {files.Count} tệp vào {dataDirectory}");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var open = Stopwatch.StartNew();
        using var kb = KnowledgeBase.Open(dataDirectory, ingestion, synonyms: synonyms, embeddings: model);
        // Built before the clock starts: the recognizers' one-off set-up is start-up, not ingestion.
        _ = kb.Pipeline;
        open.Stop();
        var cpuBefore = ProcessCpuSeconds();
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var gcBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = Collections();
        var threadsBefore = ThreadCpuSnapshot.Take();
        var clock = Stopwatch.StartNew();
        var lastFileStarted = TimeSpan.Zero;
        double? lastFileCpu = null;
        // Called on the thread that writes every file and then ends the batch: its CPU time from the last file on is the finish's.
        var results = kb.Ingest(files, onFile: _ =>
        {
            lastFileStarted = clock.Elapsed;
            lastFileCpu = ThreadCpuClock.Now();
        });
        var endCpu = ThreadCpuClock.Now();
        clock.Stop();
        var cpu = ProcessCpuSeconds() - cpuBefore;
        var jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        var gcPause = GC.GetTotalPauseDuration() - gcBefore;
        var collections = Collections().Zip(collectionsBefore, (after, before) => after - before).ToList();
        var threads = ThreadCpuSnapshot.Take().Since(threadsBefore);

        var stored = results.Where(r => r.Status is IngestionStatus.Stored or IngestionStatus.Replaced).ToList();
        var megabytes = stored.Sum(r => r.FileBytes) / 1e6;
        var steps = stored.SelectMany(r => r.StepMilliseconds.Keys).Distinct(StringComparer.Ordinal)
            .Select(step => new IngestStepFigures(step,
                Math.Round(stored.Sum(r => r.StepMilliseconds.GetValueOrDefault(step)) / 1000, 2),
                stored.Any(r => r.StepCpuMilliseconds.ContainsKey(step)) ? Math.Round(stored.Sum(r => r.StepCpuMilliseconds.GetValueOrDefault(step)) / 1000, 2) : null,
                stored.Any(r => r.StepAllocatedBytes.ContainsKey(step)) ? Math.Round(stored.Sum(r => r.StepAllocatedBytes.GetValueOrDefault(step)) / 1e6, 1) : null))
            .ToList();
        // The batch's end (keyword commit, citation links, store checkpoint), after the last file was written: the time from
        // the last file's turn, less its own writing steps. (With files overlapped the steps of two files run at once, so
        // the wall time less the steps' sum says nothing.)
        var lastWriting = results.Count == 0 ? 0 : results[^1].StepMilliseconds.Where(s => IsWriting(s.Key)).Sum(s => s.Value) / 1000;
        var lastWritingCpu = results.Count == 0 ? 0 : results[^1].StepCpuMilliseconds.Where(s => IsWriting(s.Key)).Sum(s => s.Value) / 1000;
        double? finishCpu = endCpu is { } end && lastFileCpu is { } last ? Math.Round(Math.Max(0, (end - last) / 1000 - lastWritingCpu), 2) : null;
        steps.Add(new IngestStepFigures("finish", Math.Round(Math.Max(0, (clock.Elapsed - lastFileStarted).TotalSeconds - lastWriting), 2), finishCpu));
        // Files that failed took CPU too, but their steps' times are not reported: the model leaves them out.
        var perFile = finishCpu is not null && stored.Count > 0 && stored.All(r => r.StepCpuMilliseconds.Count > 0)
            ? results.Where(r => r.StepCpuMilliseconds.Count > 0).Select(r => (
                r.StepCpuMilliseconds.Where(s => !IsWriting(s.Key)).Sum(s => s.Value) / 1000,
                r.StepCpuMilliseconds.Where(s => IsWriting(s.Key)).Sum(s => s.Value) / 1000,
                r.FileBytes)).ToList()
            : null;
        var options = ingestion ?? new IngestionOptions();
        var budget = (long)(options.RunAheadMegabytes * 1024 * 1024);
        var run = new IngestRun
        {
            Name = name, Model = model?.ModelId, Files = stored.Count, Failed = results.Count(r => r.Status == IngestionStatus.Failed),
            Clauses = stored.Sum(r => r.Clauses), FileMegabytes = Math.Round(megabytes, 2), OpenSeconds = Math.Round(open.Elapsed.TotalSeconds, 2),
            WallSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2), CpuSeconds = Math.Round(cpu, 2),
            JitSeconds = Math.Round(jit.TotalSeconds, 2), GcPauseSeconds = Math.Round(gcPause.TotalSeconds, 2),
            GcCollections = collections,
            MegabytesPerWallSecond = Math.Round(megabytes / Math.Max(clock.Elapsed.TotalSeconds, 1e-9), 2),
            MegabytesPerCpuSecond = cpu > 0 ? Math.Round(megabytes / cpu, 2) : 0,
            Steps = steps,
            Threads = threads,
            TwoCoreSeconds = perFile is null ? null : Math.Round(TwoCoreModel.Seconds(perFile, options.RunAheadFiles, budget, finishCpu!.Value), 2),
            TwoCoreSecondsOneWaiting = perFile is null ? null : Math.Round(TwoCoreModel.Seconds(perFile, 1, budget, finishCpu!.Value), 2),
        };
        progress?.Invoke($"{name}: {run.MegabytesPerWallSecond:0.00} MB/s (thời gian thực), {run.MegabytesPerCpuSecond:0.00} MB/s (CPU)");
        return run;
    }

    private static bool IsWriting(string step) => step is "save" or "index" or "embed" or "read-model";

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static double ProcessCpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}
