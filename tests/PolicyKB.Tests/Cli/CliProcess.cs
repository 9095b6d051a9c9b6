using System.Diagnostics;

namespace PolicyKB.Tests.Cli;

/// <summary>Runs <c>policykb</c> as its own process (a second process on a data folder is what the lock is about).</summary>
public static class CliProcess
{
    public static CliRunner.Result Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(PolicyKB.Cli.CliApp).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"policykb {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return new CliRunner.Result(process.ExitCode, output.Result, error.Result);
    }
}
