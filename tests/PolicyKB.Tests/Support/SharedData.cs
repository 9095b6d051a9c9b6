namespace PolicyKB.Tests.Support;

/// <summary>Locates the repository and the read-only <c>shared/</c> folder that sits beside it.</summary>
public static class SharedData
{
    /// <summary>The repository root (the folder holding PolicyKB.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary><c>content/</c> of the repository.</summary>
    public static string ContentDirectory => Path.Combine(RepositoryRoot, "content");

    /// <summary><c>../shared/corpus</c> when present, else null (tests over it are skipped).</summary>
    public static string? CorpusDirectory => Existing(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary><c>../shared/seeds</c> when present, else null.</summary>
    public static string? SeedsDirectory => Existing(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    private static string? Existing(string path) => Directory.Exists(path) ? Path.GetFullPath(path) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("PolicyKB.sln not found above " + AppContext.BaseDirectory);
    }
}
