using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PolicyKB.Web.Hosting;

/// <summary>Prints where the UI and the API reference are once the server listens, and the generated key if any.</summary>
public sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, ApiKeyGuard keys) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        // The in-memory test server has no addresses; there is nobody to tell.
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0) return;
        foreach (var address in addresses)
        {
            Console.WriteLine($"PolicyKB đang chạy: {address}  (giao diện)   {address.TrimEnd('/')}/api-docs  (tài liệu API)");
        }
        if (keys.IsGenerated)
        {
            Console.WriteLine($"Chưa cấu hình PolicyKB:Api:ApiKey — khoá quản trị tạm thời cho lần chạy này: {keys.Key}");
        }
    }
}
