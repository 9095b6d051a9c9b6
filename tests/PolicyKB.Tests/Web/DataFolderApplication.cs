using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyKB.Web.Services;

namespace PolicyKB.Tests.Web;

/// <summary>
/// The host over a data folder the test prepared (damaged, say), with its log captured. With
/// <c>holdWrites</c>, every write waits until <see cref="ReleaseWrites"/>: the start-up ingestion is then seen
/// while it runs, without a race.
/// </summary>
public sealed class DataFolderApplication(string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null, bool holdWrites = false)
    : PolicyKbApplicationBase
{
    private readonly ManualResetEventSlim _release = new(!holdWrites);

    /// <summary>What the host logged.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override bool WaitForContent => !holdWrites;

    protected override IReadOnlyDictionary<string, string> Settings
    {
        get
        {
            var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
            if (dataDirectory is not null) all["PolicyKB:DataDirectory"] = dataDirectory;
            return all;
        }
    }

    /// <summary>Lets the held writes go.</summary>
    public void ReleaseWrites() => _release.Set();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (!holdWrites) return;
        builder.ConfigureTestServices(services => services.AddSingleton(sp => Hold(new WriteGate(sp.GetRequiredService<IOutputCacheStore>()))));
    }

    /// <summary>Takes the gate with a write that waits for <see cref="ReleaseWrites"/>, before anyone else can.</summary>
    private WriteGate Hold(WriteGate gate)
    {
        using var taken = new ManualResetEventSlim();
        _ = Task.Run(() => gate.RunAsync(() =>
        {
            taken.Set();
            _release.Wait();
            return 0;
        }, CancellationToken.None));
        taken.Wait();
        return gate;
    }

    protected override void Dispose(bool disposing)
    {
        _release.Set();
        base.Dispose(disposing);
        if (disposing) _release.Dispose();
    }
}
