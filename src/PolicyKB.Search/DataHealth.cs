namespace PolicyKB.Search;

/// <summary>
/// What went wrong with the data folder and what was done about it, in Vietnamese, for the log and the health
/// report. A repair (a damaged index set aside and rebuilt) leaves the knowledge base whole; a problem (damage in the
/// store found after start, vectors that could not be loaded) leaves it degraded. Thread-safe: background checks add
/// to it while requests read it.
/// </summary>
public sealed class DataHealth
{
    private readonly System.Threading.Lock _lock = new();
    private readonly List<string> _problems = [];
    private readonly List<string> _repairs = [];
    private readonly List<string> _notices = [];

    /// <summary>Problems that still stand.</summary>
    public IReadOnlyList<string> Problems
    {
        get { lock (_lock) return [.. _problems]; }
    }

    /// <summary>Damage repaired while opening.</summary>
    public IReadOnlyList<string> Repairs
    {
        get { lock (_lock) return [.. _repairs]; }
    }

    /// <summary>
    /// What an administrator should know and act on at leisure, found while opening: the knowledge base is whole and
    /// serves as usual (logged as warnings, not counted against health).
    /// </summary>
    public IReadOnlyList<string> Notices
    {
        get { lock (_lock) return [.. _notices]; }
    }

    /// <summary>Records a notice (once per distinct message).</summary>
    public void AddNotice(string notice)
    {
        lock (_lock)
        {
            if (!_notices.Contains(notice)) _notices.Add(notice);
        }
    }

    /// <summary>Records a problem that leaves the knowledge base degraded (once per distinct message).</summary>
    public void AddProblem(string problem)
    {
        lock (_lock)
        {
            if (!_problems.Contains(problem)) _problems.Add(problem);
        }
    }

    /// <summary>Records a repair.</summary>
    public void AddRepair(string repair)
    {
        lock (_lock) _repairs.Add(repair);
    }
}
