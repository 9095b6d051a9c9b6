using PolicyKB.Cli;

namespace PolicyKB.Tests.Cli;

/// <summary>Runs <c>policykb</c> in-process and captures its output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args) => RunWithInput("", args);

    public static Result RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(new StringReader(input), output, error, IsTerminal: false));
        return new Result(code, output.ToString(), error.ToString());
    }
}
