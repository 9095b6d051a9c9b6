using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Tests.Web;

/// <summary>Waits for the host's background start-up work, so a test sees its outcome rather than a race.</summary>
public static class HostWaits
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Blocks until the content folder has been ingested (or there was nothing to ingest).</summary>
    public static void WaitForContent(this IServiceProvider services) =>
        services.ReleaseHeldWork().GetRequiredService<ContentIngestionProgress>().Completion.WaitAsync(Limit).GetAwaiter().GetResult();

    /// <summary>Blocks until the background read of every stored record is over.</summary>
    public static void WaitForStoreCheck(this IServiceProvider services) =>
        services.ReleaseHeldWork().GetRequiredService<StoreCheckState>().Completion.WaitAsync(Limit).GetAwaiter().GetResult();

    /// <summary>Lets the work held for the first answer begin now, as a request would (<see cref="FirstAnswerGate"/>).</summary>
    private static IServiceProvider ReleaseHeldWork(this IServiceProvider services)
    {
        services.GetRequiredService<FirstAnswerGate>().Release();
        return services;
    }
}
