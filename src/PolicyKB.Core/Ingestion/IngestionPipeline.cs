using PolicyKB.Decoding;

namespace PolicyKB.Ingestion;

/// <summary>
/// Runs the ordered ingestion steps over files, one file at a time. A file that fails leaves the store as it
/// was before that file and does not stop the others (the orchestrator is a plain loop, as in Kernel Memory's
/// in-process orchestrator).
/// </summary>
public sealed class IngestionPipeline
{
    private readonly IReadOnlyList<IIngestionStep> _steps;
    private readonly IngestionOptions _options;

    /// <summary>Creates a pipeline from steps in the order they run.</summary>
    public IngestionPipeline(IEnumerable<IIngestionStep> steps, IngestionOptions options)
    {
        _steps = steps.ToList();
        _options = options;
    }

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
        var context = new IngestionContext(path, fileName, request);
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        var cpu = new Dictionary<string, double>(StringComparer.Ordinal);
        string step = "";
        try
        {
            foreach (var s in _steps)
            {
                step = s.Name;
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var cpuStarted = ThreadCpuClock.Now();
                var outcome = s.Execute(context);
                timings[step] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (cpuStarted is { } c && ThreadCpuClock.Now() is { } cpuEnded) cpu[step] = cpuEnded - c;
                if (outcome == StepOutcome.Stop) break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not Storage.StoreUnavailableException)
        {
            // One bad file must never take the batch (or the server) down; the store is untouched because
            // only the last step writes, inside one transaction. An unreachable shared store is not the file's fault
            // and fails every file after it alike: it ends the batch, so the caller can say so once (a 503).
            var reason = ex switch
            {
                DecodingException d => d.Reason,
                IngestionException or IOException or UnauthorizedAccessException => ex.Message,
                _ => $"lỗi nội bộ khi xử lý ({ex.GetType().Name}: {ex.Message})",
            };
            return new IngestionResult(fileName, context.DocumentId, IngestionStatus.Failed, $"{step}: {reason}");
        }
        var status = context.Unchanged ? IngestionStatus.Unchanged : context.ReplacesExisting ? IngestionStatus.Replaced : IngestionStatus.Stored;
        return new IngestionResult(fileName, context.DocumentId, status)
        {
            Note = context.IdentityNote,
            Clauses = context.Clauses.Count,
            Citations = context.Citations.Count,
            Warnings = context.Warnings,
            Ocr = context.Ocr,
            Characters = context.Lines.Sum(l => (long)l.Text.Length),
            FileBytes = context.Content.LongLength,
            StepMilliseconds = timings,
            StepCpuMilliseconds = cpu,
        };
    }
}
