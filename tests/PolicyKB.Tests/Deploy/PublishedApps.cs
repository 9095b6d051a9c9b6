using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Deploy;

/// <summary>
/// The web host and the CLI published with <c>dotnet publish</c> into temporary folders outside the checkout, once for
/// the test class. The projects are already built by <c>dotnet test</c>, so publishing reuses that build (--no-build).
/// </summary>
public sealed class PublishedApps : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);
    private readonly TempDirectory _root = new();

    /// <summary>The published web host's folder (PolicyKB.Web.dll).</summary>
    public string Web => Path.Combine(_root.Path, "web");

    /// <summary>The published CLI's folder (policykb.dll).</summary>
    public string Cli => Path.Combine(_root.Path, "cli");

    /// <summary>A fresh empty folder under the fixture's temporary root.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(_root.Path, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await PublishAsync("PolicyKB.Web", "PolicyKB.Web.dll", Web);
        await PublishAsync("PolicyKB.Cli", "policykb.dll", Cli);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }

    private static async Task PublishAsync(string project, string assembly, string output)
    {
        // The test assembly runs from tests/PolicyKB.Tests/bin/<Configuration>/<framework>/: publish the same configuration.
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!.Name;
        var projectDirectory = Path.Combine(SharedData.RepositoryRoot, "src", project);
        var built = File.Exists(Path.Combine(projectDirectory, "bin", configuration, framework.Name, assembly));
        // No lingering MSBuild nodes: the test leaves no process behind.
        string[] args = ["publish", projectDirectory, "-c", configuration, "-o", output, "--nologo", "-nodeReuse:false", .. built ? new[] { "--no-build" } : []];
        var environment = new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0" };
        var (exitCode, text) = await ChildProcess.RunAsync(SharedData.RepositoryRoot, environment, PublishTimeout, args);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{text}");
    }
}
