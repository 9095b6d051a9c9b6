using System.Runtime.ExceptionServices;
using PolicyKB.Decoding;

namespace PolicyKB.Ingestion;

/// <summary>One file on its way through the steps: its context, where it got to, and how each step went.</summary>
internal sealed class FileInProgress
{
    public FileInProgress(string path, string fileName, IngestRequest request)
    {
        Path = path;
        FileName = fileName;
        Request = request;
        Context = new IngestionContext(path, fileName, request);
    }

    public string Path { get; }

    public string FileName { get; }

    public IngestRequest Request { get; }

    public IngestionContext Context { get; }

    public Dictionary<string, double> Timings { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Cpu { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Allocated { get; } = new(StringComparer.Ordinal);

    /// <summary>How many steps have run to the end (the file's identity is known once the first has).</summary>
    public int CompletedSteps { get; set; }

    /// <summary>True when a step said no further step is needed (the same bytes are already stored).</summary>
    public bool Stopped { get; set; }

    /// <summary>The step that failed and why, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>
    /// An error that must not be turned into a failed file (an unreachable store, cancellation), caught on the thread that
    /// prepared the file ahead and thrown again on the one that writes it, in the file's turn.
    /// </summary>
    public ExceptionDispatchInfo? Escaped { get; set; }

    /// <summary>True once nothing further runs for the file.</summary>
    public bool Ended => Stopped || Failure is not null;

    /// <summary>Records the failure of <paramref name="step"/> in words a user can act on.</summary>
    public void Fail(string step, Exception ex)
    {
        var reason = ex switch
        {
            DecodingException d => d.Reason,
            IngestionException or IOException or UnauthorizedAccessException => ex.Message,
            _ => $"lỗi nội bộ khi xử lý ({ex.GetType().Name}: {ex.Message})",
        };
        Failure = $"{step}: {reason}";
    }

    /// <summary>What happened to the file, once its steps have run.</summary>
    public IngestionResult Result()
    {
        var context = Context;
        if (Failure is not null) return new IngestionResult(FileName, context.DocumentId, IngestionStatus.Failed, Failure);
        var status = context.Unchanged ? IngestionStatus.Unchanged : context.ReplacesExisting ? IngestionStatus.Replaced : IngestionStatus.Stored;
        return new IngestionResult(FileName, context.DocumentId, status)
        {
            Note = context.IdentityNote,
            Clauses = context.Clauses.Count,
            Citations = context.Citations.Count,
            Warnings = context.Warnings,
            Ocr = context.Ocr,
            Characters = context.Lines.Sum(l => (long)l.Text.Length),
            FileBytes = context.Content.LongLength,
            StepMilliseconds = Timings,
            StepCpuMilliseconds = Cpu,
            StepAllocatedBytes = Allocated,
        };
    }
}
