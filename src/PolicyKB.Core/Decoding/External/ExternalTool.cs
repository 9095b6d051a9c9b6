using System.Diagnostics;

namespace PolicyKB.Decoding.External;

/// <summary>
/// Runs a converter PolicyKB does not embed (LibreOffice, ocrmypdf) on a file in a private temporary folder, bounded in
/// time and address space: on timeout the whole process tree is killed, and the folder is always deleted. A missing tool
/// is a refusal naming the Debian package to install, never a crash.
/// </summary>
public sealed class ExternalTool
{
    private readonly string _command;
    private readonly string _package;
    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <summary>Describes <paramref name="command"/>, installed by the Debian <paramref name="package"/>.</summary>
    public ExternalTool(string command, string package) : this(command, package, new Dictionary<string, string>())
    {
    }

    /// <summary>As <see cref="ExternalTool(string, string)"/>, with variables set in the tool's environment on every run.</summary>
    public ExternalTool(string command, string package, IReadOnlyDictionary<string, string> environment)
    {
        _command = command;
        _package = package;
        _environment = environment;
    }

    /// <summary>The tool's full path on PATH, or null when it is not installed.</summary>
    public string? Path => FindOnPath(_command);

    /// <summary>True when the tool is installed.</summary>
    public bool IsInstalled => Path is not null;

    /// <summary>Refuses <paramref name="fileName"/> when the tool is missing, naming what to install.</summary>
    public string RequirePath(string fileName, string what) => Path ?? throw new DecodingException(fileName,
        $"{what} cần chương trình '{_command}' mà máy chủ chưa cài; quản trị viên hãy cài gói {_package} (apt install {_package}) rồi nạp lại");

    /// <summary>Runs the tool with <paramref name="arguments"/> in <paramref name="workingDirectory"/>; throws on timeout or failure.</summary>
    public void Run(string fileName, string what, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, long maxMemoryBytes)
        => Run(fileName, what, arguments, workingDirectory, timeout, maxMemoryBytes, null);

    /// <summary>
    /// As <see cref="Run(string, string, IReadOnlyList{string}, string, TimeSpan, long)"/>, with the reasons (in Vietnamese)
    /// to give for the tool's documented exit codes, so a user reads "the image is damaged" rather than a tool's message.
    /// </summary>
    public void Run(string fileName, string what, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, long maxMemoryBytes,
        IReadOnlyDictionary<int, string>? exitReasons) => Run(fileName, what, arguments, workingDirectory, timeout, maxMemoryBytes, exitReasons, null);

    /// <summary>
    /// As <see cref="Run(string, string, IReadOnlyList{string}, string, TimeSpan, long, IReadOnlyDictionary{int, string})"/>,
    /// calling <paramref name="whileRunning"/> about twice a second until the tool ends (to report its progress from the
    /// files it writes).
    /// </summary>
    public void Run(string fileName, string what, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, long maxMemoryBytes,
        IReadOnlyDictionary<int, string>? exitReasons, Action? whileRunning)
    {
        var tool = RequirePath(fileName, what);
        var prlimit = FindOnPath("prlimit");
        var start = new ProcessStartInfo(prlimit ?? tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (prlimit is not null)
        {
            // The address-space limit keeps a hostile file from taking the machine's memory.
            start.ArgumentList.Add($"--as={maxMemoryBytes}");
            start.ArgumentList.Add(tool);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in _environment) start.Environment[name] = value;
        start.Environment["HOME"] = workingDirectory;
        start.Environment["TMPDIR"] = workingDirectory;
        using var process = Process.Start(start) ?? throw new DecodingException(fileName, $"không chạy được {_command}");
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!WaitForExit(process, timeout, whileRunning))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new DecodingException(fileName, $"{what} quá {timeout.TotalSeconds:0} giây nên đã dừng; hãy tách tệp thành phần nhỏ hơn");
        }
        if (process.ExitCode != 0 && exitReasons?.TryGetValue(process.ExitCode, out var reason) == true)
        {
            throw new DecodingException(fileName, reason);
        }
        if (process.ExitCode != 0)
        {
            var detail = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
            throw new DecodingException(fileName, $"{what} không thành công (mã {process.ExitCode}{(detail.Length > 0 ? ": " + Shorten(detail) : "")})");
        }
    }

    private static bool WaitForExit(Process process, TimeSpan timeout, Action? whileRunning)
    {
        if (whileRunning is null) return process.WaitForExit(timeout);
        var started = Stopwatch.GetTimestamp();
        var tick = TimeSpan.FromMilliseconds(500);
        while (!process.WaitForExit(tick))
        {
            if (Stopwatch.GetElapsedTime(started) > timeout) return false;
            whileRunning();
        }
        return true;
    }

    /// <summary>A new private folder for one conversion; delete it with <see cref="DeleteFolder"/>.</summary>
    public static string NewFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policykb-convert-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes a conversion folder, whatever the tool left in it.</summary>
    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held by a dying child is left for the OS temp cleaner.
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private static string? FindOnPath(string command)
    {
        if (System.IO.Path.IsPathRooted(command)) return File.Exists(command) ? command : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, command);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
