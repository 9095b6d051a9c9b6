using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PolicyKB.Tests.Support.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's package (initdb + pg_ctl), in a temp folder, trust auth, on a free port
/// of 127.0.0.1; stopped and deleted on dispose. As root (initdb refuses root) it runs as the Debian "postgres" user
/// through runuser. Each test takes its own database (<see cref="CreateDatabase"/>). Not started when the binaries are
/// absent (<see cref="Missing"/>): the tests that need it are skipped with that reason.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    /// <summary>Where Debian's postgresql-15 package puts initdb, pg_ctl and postgres.</summary>
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly string? _root;

    /// <summary>Starts the cluster, unless the binaries are absent.</summary>
    public PostgresCluster()
    {
        if (Missing is not null) return;
        _root = Path.Combine(Path.GetTempPath(), "policykb-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_root);
        if (IsRoot) Run("chown", ["postgres:postgres", _root], asPostgres: false);
        Port = FreePort();
        Run(Path.Combine(BinDirectory, "initdb"), ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        Start();
    }

    /// <summary>Why the cluster cannot run here (binaries absent), or null.</summary>
    public static string? Missing { get; } = File.Exists(Path.Combine(BinDirectory, "initdb")) && File.Exists(Path.Combine(BinDirectory, "pg_ctl"))
        && (!IsRoot || File.Exists("/usr/sbin/runuser"))
        ? null
        : $"{BinDirectory}/initdb not found: apt-get install -y postgresql (.ci/run installs it).";

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Connection string of the maintenance database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    private string DataDirectory => Path.Combine(_root!, "data");

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Connection string for <paramref name="database"/>.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=5;Command Timeout=60";

    /// <summary>Creates an empty database for one test; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        // Unpooled: a pooled connection would be a dead one after a test restarted the server (Stop, Start).
        using var connection = new NpgsqlConnection(AdminConnectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    /// <summary>Starts the server (again) and waits until it accepts connections.</summary>
    public void Start() => Run(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataDirectory, "-w", "-t", "60", "-l", Path.Combine(_root!, "server.log"),
        "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200", "start"]);

    /// <summary>Stops the server at once (as a crash would), leaving its data.</summary>
    public void Stop() => Run(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataDirectory, "-w", "-m", "immediate", "stop"]);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_root is null) return;
        try { Stop(); } catch (InvalidOperationException) { }
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string executable, IReadOnlyList<string> arguments, bool asPostgres = true)
    {
        var info = new ProcessStartInfo(asPostgres && IsRoot ? "/usr/sbin/runuser" : executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/tmp",
        };
        if (asPostgres && IsRoot) foreach (var a in (string[])["-u", "postgres", "--", executable]) info.ArgumentList.Add(a);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        // Read both streams to the end before waiting: pg_ctl's children inherit nothing of ours (-l sends the server's output to a file).
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(executable)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }
}
