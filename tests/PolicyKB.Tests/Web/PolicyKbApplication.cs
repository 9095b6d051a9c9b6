using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Web;

/// <summary>The real web host over its own temporary data directory (the TodoApi pattern: one app and data per test class).</summary>
public sealed class PolicyKbApplication : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    /// <summary>The data directory the host writes to.</summary>
    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("PolicyKB:DataDirectory", _data.Path);
        builder.UseSetting("PolicyKB:ContentDirectory", SharedData.ContentDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _data.Dispose();
    }
}
