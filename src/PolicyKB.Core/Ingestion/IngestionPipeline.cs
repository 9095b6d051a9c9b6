namespace PolicyKB.Ingestion;

/// <summary>
/// Runs the ordered ingestion steps over files, one file at a time. A file that fails leaves the store as it
/// was before that file and does not stop the others (the orchestrator is a plain loop, as in Kernel Memory's
/// in-process orchestrator). In a batch (<see cref="IngestAll"/>) the next file is prepared while the one before is
/// written, on a second thread; files are still written one at a time, in order.
/// </summary>
public sealed partial class IngestionPipeline
{
    private readonly IReadOnlyList<IIngestionStep> _steps;
    private readonly IngestionOptions _options;
    private readonly int _aheadSteps;
    private readonly System.Threading.Lock _aheadGate = new();

    /// <summary>Creates a pipeline from steps in the order they run.</summary>
    public IngestionPipeline(IEnumerable<IIngestionStep> steps, IngestionOptions options)
    {
        _steps = steps.ToList();
        _options = options;
        _aheadSteps = _steps.TakeWhile(s => s is IRunAheadStep).Count();
    }

    /// <summary>The steps in order (tests build variants of the default pipeline from them).</summary>
    internal IReadOnlyList<IIngestionStep> Steps => _steps;

    /// <summary>Step names in order.</summary>
    public IReadOnlyList<string> StepNames => _steps.Select(s => s.Name).ToList();

    /// <summary>Expands folders into the supported files they hold (recursively, in name order).</summary>
    public IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => _options.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Where(f => !IsInExcludedFolder(path, f))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    private bool IsInExcludedFolder(string root, string file)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
        return relative != "." && relative.Split(Path.DirectorySeparatorChar).Any(part => _options.ExcludedFolders.Contains(part, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Ingests one file under its own name.</summary>
    public IngestionResult Ingest(string path) => Ingest(path, Path.GetFileName(path));

    /// <summary>Ingests one file, naming the document after <paramref name="fileName"/> (uploads are stored under temporary paths).</summary>
    public IngestionResult Ingest(string path, string fileName) => Ingest(path, fileName, IngestRequest.FromDisk);

    /// <summary>Ingests one file as <paramref name="request"/> says (upload or file on disk, replacing or not).</summary>
    public IngestionResult Ingest(string path, string fileName, IngestRequest request)
    {
        var file = new FileInProgress(path, fileName, request);
        Prepare(file);
        Run(file, _aheadSteps, _steps.Count);
        return file.Result();
    }

    /// <summary>Runs the steps that may run ahead; one file at a time, whichever thread asks.</summary>
    private void Prepare(FileInProgress file)
    {
        lock (_aheadGate) Run(file, 0, _aheadSteps);
    }

    /// <summary>Runs steps <paramref name="from"/> to <paramref name="to"/> (exclusive) unless the file has ended.</summary>
    private void Run(FileInProgress file, int from, int to)
    {
        for (var i = from; i < to && !file.Ended; i++)
        {
            var step = _steps[i];
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var cpuStarted = ThreadCpuClock.Now();
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var outcome = step.Execute(file.Context);
                file.Allocated[step.Name] = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                file.Timings[step.Name] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (cpuStarted is { } c && ThreadCpuClock.Now() is { } cpuEnded) file.Cpu[step.Name] = cpuEnded - c;
                file.CompletedSteps = i + 1;
                if (outcome == StepOutcome.Stop) file.Stopped = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not Storage.StoreUnavailableException)
            {
                // One bad file must never take the batch (or the server) down; the store is untouched because
                // only the save step writes, inside one transaction. An unreachable shared store is not the file's fault
                // and fails every file after it alike: it ends the batch, so the caller can say so once (a 503).
                file.Fail(step.Name, ex);
            }
        }
    }
}
