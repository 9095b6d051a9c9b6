using System.Globalization;

namespace PolicyKB.Storage;

/// <summary>Who holds a data folder, as written in its <c>owner.json</c> beside the lock file.</summary>
/// <param name="ProcessId">The owning process.</param>
/// <param name="ProcessName">Its name ("PolicyKB.Web", "policykb", "dotnet").</param>
/// <param name="Role">What it is: "web" for the web host, "cli" for a command.</param>
/// <param name="Machine">The machine it runs on.</param>
/// <param name="Since">When it took the folder.</param>
public sealed record DataDirectoryOwner(int ProcessId, string ProcessName, string Role, string Machine, DateTimeOffset Since)
{
    /// <summary>Where the web host listens, once it does (the CLI sends its work there).</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The admin key the web host generated for this run when none is configured, so a CLI of the same user (who can
    /// read the data folder anyway) can send work to it. Never set for a configured key.
    /// </summary>
    public string? GeneratedApiKey { get; init; }

    /// <summary>The owner described for a message: "máy chủ web PolicyKB (tiến trình 1234, từ 05/12/2026 10:00, http://localhost:5080)".</summary>
    public string Describe()
    {
        var what = Role == "web" ? "máy chủ web PolicyKB" : $"lệnh PolicyKB ({ProcessName})";
        var since = Since.ToLocalTime().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        return $"{what} (tiến trình {ProcessId} trên máy {Machine}, từ {since}{(Url is null ? "" : ", " + Url)})";
    }
}
