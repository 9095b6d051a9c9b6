using System.CommandLine;
using PolicyKB.Cli.Commands;

namespace PolicyKB.Cli;

/// <summary>The <c>policykb</c> command line: one command per file under Commands/, wired here.</summary>
public static class CliApp
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("PolicyKB: kho tri thức văn bản chính sách (kế hoạch, quyết định, nghị định…)");
        root.Options.Add(CliOptions.Data);
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(DocumentsCommand.Create(console));
        root.Subcommands.Add(ClausesCommand.Create(console));
        root.Subcommands.Add(ScanClausesCommand.Create(console));
        root.Subcommands.Add(CitationsCommand.Create(console));
        root.Subcommands.Add(ShowCommand.Create(console));
        root.Subcommands.Add(FactsCommand.Create(console));
        root.Subcommands.Add(TasksCommand.Create(console));
        root.Subcommands.Add(TargetsCommand.Create(console));
        root.Subcommands.Add(StatusCommand.Create(console));
        root.Subcommands.Add(RemoveCommand.Create(console));
        root.Subcommands.Add(CompactCommand.Create(console));
        root.Subcommands.Add(BackupCommand.Create(console));
        root.Subcommands.Add(RestoreCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(SimilarCommand.Create(console));
        root.Subcommands.Add(TrainEmbeddingsCommand.Create(console));
        root.Subcommands.Add(TrainRerankerCommand.Create(console));
        root.Subcommands.Add(TrainTranslationCommand.Create(console));
        root.Subcommands.Add(TrainCalibratorCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(EvalPairsCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(BenchStoreCommand.Create(console));
        root.Subcommands.Add(AskCommand.Create(console));
        root.Subcommands.Add(EvalAnswersCommand.Create(console));
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0) return CliUsage.Report(root, parse, console);
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or LiteDB.LiteException)
        {
            console.Error.WriteLine($"policykb: {ex.Message}");
            if (Environment.GetEnvironmentVariable("POLICYKB_DEBUG") == "1") console.Error.WriteLine(ex);
            return 2;
        }
    }
}
