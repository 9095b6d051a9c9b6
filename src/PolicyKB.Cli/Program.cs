using PolicyKB.Cli;

return CliApp.Run(args, CliConsole.System);
