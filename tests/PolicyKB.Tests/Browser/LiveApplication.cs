using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Browser;

/// <summary>The real host on Kestrel (not the in-memory test server) on a free loopback port, with its own data.</summary>
public sealed class LiveApplication : PolicyKbApplicationBase
{
    /// <summary>Starts Kestrel on 127.0.0.1 with a port the OS picks.</summary>
    public LiveApplication() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>The address the server listens on, e.g. "http://127.0.0.1:41234".</summary>
    public string BaseAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }
    }
}
