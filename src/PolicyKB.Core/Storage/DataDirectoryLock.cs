using System.Diagnostics;
using System.Text.Json;

namespace PolicyKB.Storage;

/// <summary>
/// Makes one process the owner of a data folder. The owner holds <c>policykb.lock</c> open with
/// <see cref="FileShare.None"/>, which .NET turns into an OS lock (flock on Linux and macOS, a sharing lock on
/// Windows): the OS releases it when the process ends, even on kill -9, so a crash never leaves the folder locked.
/// LiteDB's own file lock is shared and lets two processes write one file, which lost documents; this lock is
/// taken before anything in the folder is opened. The owner's identity is written to <c>owner.json</c> so a second
/// process can say who holds the folder.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    /// <summary>The lock file's name in the data folder.</summary>
    public const string LockFileName = "policykb.lock";

    /// <summary>The owner file's name in the data folder.</summary>
    public const string OwnerFileName = "owner.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly FileStream _lock;
    private DataDirectoryOwner _owner;

    private DataDirectoryLock(string directory, FileStream lockFile, DataDirectoryOwner owner)
    {
        Directory = directory;
        _lock = lockFile;
        _owner = owner;
        WriteOwner();
    }

    /// <summary>The data folder owned.</summary>
    public string Directory { get; }

    /// <summary>This process as recorded in the owner file.</summary>
    public DataDirectoryOwner Owner => _owner;

    /// <summary>Takes the folder for this process, or throws <see cref="DataDirectoryInUseException"/> naming its owner.</summary>
    /// <param name="directory">The data folder (created when missing).</param>
    /// <param name="role">"web" or "cli".</param>
    public static DataDirectoryLock Acquire(string directory, string role)
    {
        System.IO.Directory.CreateDirectory(directory);
        // A web host waits a little: a command's probe (IsHeldByAnother) or a short read-only command may hold the lock
        // for a moment, and a host should not fail to start over that. A command gives up at once.
        var deadline = DateTime.UtcNow + (role == "web" ? TimeSpan.FromSeconds(10) : TimeSpan.Zero);
        FileStream stream;
        while (true)
        {
            try
            {
                stream = new FileStream(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                break;
            }
            catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
            {
                if (DateTime.UtcNow >= deadline) throw new DataDirectoryInUseException(directory, ReadOwner(directory), ex);
                Thread.Sleep(200);
            }
        }
        using var process = Process.GetCurrentProcess();
        var owner = new DataDirectoryOwner(Environment.ProcessId, process.ProcessName, role, Environment.MachineName, DateTimeOffset.Now);
        return new DataDirectoryLock(directory, stream, owner);
    }

    /// <summary>The owner recorded for <paramref name="directory"/>, or null when none is (or it cannot be read).</summary>
    public static DataDirectoryOwner? ReadOwner(string directory)
    {
        try
        {
            var path = Path.Combine(directory, OwnerFileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<DataDirectoryOwner>(File.ReadAllText(path), Json) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>True when another process holds <paramref name="directory"/> right now.</summary>
    public static bool IsHeldByAnother(string directory)
    {
        if (!File.Exists(Path.Combine(directory, LockFileName))) return false;
        try
        {
            using var probe = new FileStream(Path.Combine(directory, LockFileName), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>Records where the web host listens and, when it made one up, its admin key.</summary>
    public void RecordEndpoint(string url, string? generatedApiKey)
    {
        _owner = _owner with { Url = url, GeneratedApiKey = generatedApiKey };
        WriteOwner();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            File.Delete(Path.Combine(Directory, OwnerFileName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale owner file is harmless: the lock itself is what counts, and it is released below.
        }
        // The lock file stays: deleting it would let a second process lock a new file while a third still waits on the old one.
        _lock.Dispose();
    }

    private void WriteOwner()
    {
        var path = Path.Combine(Directory, OwnerFileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_owner, Json));
        // Only the owner's user may read a generated key.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, path, overwrite: true);
    }
}
