namespace PolicyKB.Web.Hosting;

/// <summary>Where the background read of every stored record stands: "pending", "running", "passed", "failed" or "stopped".</summary>
public sealed class StoreCheckState
{
    private volatile string _state = "pending";
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The current state.</summary>
    public string State => _state;

    /// <summary>Completes when the check is over.</summary>
    public Task Completion => _completion.Task;

    /// <summary>Moves to <paramref name="state"/>; any state but "running" ends the check.</summary>
    public void Set(string state)
    {
        _state = state;
        if (state != "running") _completion.TrySetResult();
    }
}
