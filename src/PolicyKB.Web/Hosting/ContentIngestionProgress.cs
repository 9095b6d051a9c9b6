using PolicyKB.Web.Models;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Where the background ingestion of the content folder stands, for the health report and for anyone who must wait
/// until it is over (<see cref="Completion"/>: integration tests, a deployment script through the health endpoint).
/// </summary>
public sealed class ContentIngestionProgress
{
    private readonly System.Threading.Lock _lock = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _state = "idle";
    private int _done;
    private int _total;
    private string? _current;

    /// <summary>Completes when ingestion is over (done, failed or there was nothing to ingest).</summary>
    public Task Completion => _completion.Task;

    /// <summary>The current state, as the health report shows it.</summary>
    public IngestionProgressReport Snapshot()
    {
        lock (_lock) return new IngestionProgressReport(_state, _done, _total, _current);
    }

    /// <summary>Ingestion will run; the host may serve already.</summary>
    public void Start()
    {
        lock (_lock) _state = "running";
    }

    /// <summary>The folder has been listed.</summary>
    public void SetTotal(int total)
    {
        lock (_lock) _total = total;
    }

    /// <summary>A file is being ingested.</summary>
    public void Begin(string file)
    {
        lock (_lock) _current = file;
    }

    /// <summary>The file begun last is ingested.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            _done++;
            _current = null;
        }
    }

    /// <summary>Ingestion is over: "done", "failed", or "idle" when nothing was to be ingested.</summary>
    public void Finish(string state)
    {
        lock (_lock)
        {
            _state = state;
            _current = null;
        }
        _completion.TrySetResult();
    }
}
