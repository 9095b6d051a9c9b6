namespace PolicyKB;

/// <summary>
/// Resolves the folders PolicyKB works with. An app built in a checkout (under the folder holding PolicyKB.sln) takes
/// relative paths against the repository root, so <c>data/</c> and <c>content/</c> mean the same thing to the CLI, the
/// web host and tests. A published app (its folder carries <c>appsettings.json</c> and <c>content/</c>) reads its
/// content beside itself, wherever it was copied, and keeps its data in the user's data folder
/// (<see cref="UserDataFolder"/>): an install folder is usually read-only and shared.
/// </summary>
public static class PolicyKbPaths
{
    /// <summary>The folder relative content paths (content/, web/, appsettings.json) resolve against.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>Whether <see cref="Root"/> is a source checkout rather than a published app's folder.</summary>
    public static bool IsCheckout { get; } = File.Exists(Path.Combine(Root, "PolicyKB.sln"));

    /// <summary>An absolute path for a configured content path (bundled documents, model, UI, word lists).</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>
    /// An absolute path for the configured data directory: a relative one lies under the repository root in a checkout
    /// (<c>data/</c>), else under <see cref="UserDataFolder"/> (e.g. <c>~/.local/share/policykb/data</c>).
    /// </summary>
    public static string ResolveData(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(IsCheckout ? Root : UserDataFolder(), path));

    /// <summary>
    /// The per-user folder a published PolicyKB keeps its data in: <c>$XDG_DATA_HOME/policykb</c> or
    /// <c>~/.local/share/policykb</c> on Linux, <c>%LOCALAPPDATA%\PolicyKB</c> on Windows,
    /// <c>~/Library/Application Support/policykb</c> on macOS.
    /// </summary>
    public static string UserDataFolder()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(local))
        {
            // A service account without a home folder: guessing a place (the install folder, /tmp) would lose data later.
            throw new InvalidOperationException(
                "Không xác định được thư mục dữ liệu của người dùng; hãy đặt PolicyKB__DataDirectory (hoặc --data) thành một thư mục ghi được.");
        }
        return Path.Combine(local, OperatingSystem.IsWindows() ? "PolicyKB" : "policykb");
    }

    /// <summary>
    /// The published app's folder when <paramref name="start"/> is one (it holds appsettings.json and content/), else the
    /// repository root above <paramref name="start"/>, else <paramref name="start"/> itself.
    /// </summary>
    public static string FindRoot(string start)
    {
        // Checked first so an app published inside a checkout (dotnet publish -o out) still reads its own copies.
        if (File.Exists(Path.Combine(start, "appsettings.json")) && Directory.Exists(Path.Combine(start, "content"))) return Path.GetFullPath(start);
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln"))) return dir.FullName;
        }
        return Path.GetFullPath(start);
    }
}
