using System.Diagnostics;

namespace PolicyKB.Tests.Web;

/// <summary>
/// Redocly CLI, the OpenAPI linter, run from tests/openapi-lint/node_modules (pinned by its package-lock.json,
/// installed by "npm ci --prefix tests/openapi-lint" in .ci/run) with the ruleset tests/openapi-lint/redocly.yaml.
/// </summary>
public static class RedoclyLint
{
    /// <summary>Set by .ci/run: a missing linter fails the run instead of skipping the lint.</summary>
    public const string RequiredVariable = "POLICYKB_REQUIRE_OPENAPI_LINT";

    /// <summary>tests/openapi-lint, or null when the linter is not installed.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>Why the lint cannot run, or null when it can.</summary>
    public static string? Missing => Folder is null
        ? "Redocly CLI is not installed: run `npm ci --prefix tests/openapi-lint` (as .ci/run does)."
        : null;

    /// <summary>Lints an OpenAPI document; returns the exit code and everything the linter printed.</summary>
    public static async Task<(int ExitCode, string Output)> LintAsync(string documentJson)
    {
        Assert.True(Folder is not null, Missing);
        var file = Path.Combine(Path.GetTempPath(), $"policykb-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, documentJson);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { Path.Combine(Folder, "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", file, "--config", "redocly.yaml", "--format", "stylish" })
            {
                start.ArgumentList.Add(arg);
            }
            // The linter reports usage to Redocly and looks for updates unless told not to; tests stay offline.
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "openapi-lint");
            if (File.Exists(Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js"))) return folder;
        }
        return null;
    }
}
