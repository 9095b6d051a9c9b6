namespace PolicyKB;

/// <summary>
/// Resolves the folders PolicyKB works with. Relative paths in appsettings.json are taken against the
/// repository root (the folder holding PolicyKB.sln) when the app runs from a checkout, else against the
/// app's own folder, so <c>data/</c> and <c>content/</c> mean the same thing to the CLI, the web host and tests.
/// </summary>
public static class PolicyKbPaths
{
    /// <summary>The folder relative paths resolve against.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>An absolute path for a configured one.</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>The repository root above <paramref name="start"/>, or <paramref name="start"/> itself.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln"))) return dir.FullName;
        }
        return Path.GetFullPath(start);
    }
}
