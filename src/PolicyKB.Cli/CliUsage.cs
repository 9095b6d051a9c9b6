using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace PolicyKB.Cli;

/// <summary>
/// Usage errors: an unknown command or option, a missing argument, a value that does not parse or is out of range.
/// They exit with 2 (the README keeps 1 for "some file failed"), and the reason and the command's usage go to
/// standard error so that standard output stays empty for scripts reading JSON from it.
/// </summary>
internal static partial class CliUsage
{
    /// <summary>The exit code of a usage error.</summary>
    public const int ExitCode = 2;

    /// <summary>Writes the errors of <paramref name="parse"/> in Vietnamese, then the command's help, to standard error.</summary>
    public static int Report(RootCommand root, ParseResult parse, CliConsole console)
    {
        var command = parse.CommandResult.Command;
        foreach (var error in parse.Errors) console.Error.WriteLine($"policykb: {Translate(error.Message, command)}");
        console.Error.WriteLine();
        // The help of the command the user was typing, written where the errors went.
        root.Parse([.. CommandPath(parse.CommandResult), "--help"])
            .Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
        return ExitCode;
    }

    /// <summary>
    /// System.CommandLine's English messages in Vietnamese (it ships no Vietnamese resources); a message not
    /// recognised, such as one of our own validators', passes unchanged.
    /// </summary>
    public static string Translate(string message, Command command)
    {
        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            return $"Không hiểu lệnh hoặc tùy chọn '{unrecognized.Groups["token"].Value}'.";
        }
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal)) return "Thiếu lệnh: hãy chọn một lệnh trong danh sách dưới đây.";
        if (MissingArgument().Match(message) is { Success: true } missing)
        {
            var names = string.Join(", ", command.Arguments.Select(a => a.Name));
            return $"Lệnh '{missing.Groups["command"].Value}' thiếu tham số bắt buộc {names}.";
        }
        if (MissingOptionValue().Match(message) is { Success: true } option)
        {
            return $"Tùy chọn {option.Groups["option"].Value} cần một giá trị.";
        }
        if (CannotParse().Match(message) is { Success: true } bad)
        {
            var choices = bad.Groups["choices"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var expected = choices.Length > 0
                ? "dùng một trong: " + string.Join(", ", choices.Select(c => c.ToLowerInvariant()))
                : TypeName(bad.Groups["type"].Value);
            return $"Giá trị '{bad.Groups["value"].Value}' của {bad.Groups["option"].Value} không hợp lệ; {expected}.";
        }
        return message;
    }

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Nullable`1[System.Int32]" or "System.Int64" => "cần một số nguyên",
        "System.Double" or "System.Nullable`1[System.Double]" => "cần một số",
        _ => "xem --help",
    };

    private static IEnumerable<string> CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult { Parent: not null } c) names.Push(c.Command.Name);
        }
        return names;
    }

    [GeneratedRegex("^Unrecognized command or argument '(?<token>.*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex("^Required argument missing for command: '(?<command>[^']*)'")]
    private static partial Regex MissingArgument();

    [GeneratedRegex("^Required argument missing for option: '(?<option>[^']*)'")]
    private static partial Regex MissingOptionValue();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command) '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.(?: Did you mean one of the following\?(?<choices>[\s\S]*))?$")]
    private static partial Regex CannotParse();
}
