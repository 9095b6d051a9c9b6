namespace PolicyKB.Cli;

/// <summary>Entry point of the <c>policykb</c> command line.</summary>
internal static class EntryPoint
{
    private static int Main(string[] args) => CliApp.Run(args, CliConsole.System);
}
