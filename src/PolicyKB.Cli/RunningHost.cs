using PolicyKB.Storage;

namespace PolicyKB.Cli;

/// <summary>The web host that owns the command's data folder, when one does and has said where it listens.</summary>
internal static class RunningHost
{
    /// <summary>The owning web host, or null (no owner, or an owner that is not a reachable web host).</summary>
    public static DataDirectoryOwner? Find(CliSettings settings)
    {
        var directory = settings.Store.DataDirectory;
        if (!DataDirectoryLock.IsHeldByAnother(directory)) return null;
        // An owner that is not a web host (another command) cannot take work: opening the folder then fails naming it.
        return DataDirectoryLock.ReadOwner(directory) is { Role: "web", Url: not null } owner ? owner : null;
    }
}
