namespace PolicyKB.Cli;

/// <summary>The streams a command reads and writes, so tests can run commands in-process.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output (data).</param>
/// <param name="Error">Standard error (progress, messages).</param>
/// <param name="IsTerminal">True when standard error is an interactive terminal (progress bars are drawn only then).</param>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>The process's console.</summary>
    public static CliConsole System => new(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected);
}
