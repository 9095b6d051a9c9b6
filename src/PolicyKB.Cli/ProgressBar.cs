namespace PolicyKB.Cli;

/// <summary>A one-line progress bar on standard error, drawn only on an interactive terminal.</summary>
internal sealed class ProgressBar(CliConsole console, int total)
{
    private int _done;

    public void Show(string item)
    {
        if (!console.IsTerminal || total == 0) return;
        const int width = 30;
        var filled = width * _done / total;
        var name = item.Length > 40 ? item[..37] + "..." : item;
        console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done + 1}/{total} {name,-40}");
        _done++;
    }

    public void Done()
    {
        if (console.IsTerminal && total > 0) console.Error.Write("\r" + new string(' ', 90) + "\r");
    }
}
